package jp.renkei.server.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the FHIR base URL once the server (and the demo network) is ready, so a newcomer knows where to go. */
@Component
class ServerAddressAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ServerAddressAnnouncer.class);

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            LOG.info("Renkei FHIR server ready at http://localhost:{}{}", port, FhirServerConfig.FHIR_PATH);
        }
    }
}
