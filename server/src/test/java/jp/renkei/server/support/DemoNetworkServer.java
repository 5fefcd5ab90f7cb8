package jp.renkei.server.support;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.server.RenkeiServerApplication;
import jp.renkei.server.security.authserver.DemoPartners;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server of its own with the demo network and the demo partners, as the README's "Try it" runs it: tests that look
 * at the network through a partner's eyes need its clients (their keys are generated into {@code dataDir}), which the
 * shared test server does not register.
 */
public final class DemoNetworkServer implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext context;
    private final int port;

    private DemoNetworkServer(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Starts on a free port; the H2 files (or, on the PostgreSQL pass, nothing) and the keys live in dataDir. */
    public static DemoNetworkServer start(Path dataDir) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.current()
                .springProperties("jdbc:h2:file:" + dataDir.resolve("renkei").toAbsolutePath()));
        properties.put("server.port", "0");
        properties.put("renkei.demo.enabled", "true");
        properties.put("renkei.security.key-dir", dataDir.toString());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RenkeiServerApplication.class)
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
        return new DemoNetworkServer(dataDir, context);
    }

    public int port() {
        return port;
    }

    /** A generic client acting as the demo partner {@code clientId}, with all the scopes the demo gives it. */
    public IGenericClient as(String clientId) {
        String scopes = DemoPartners.DEFINITIONS.stream().filter(partner -> partner.clientId().equals(clientId))
                .findFirst().orElseThrow().scopes();
        return FhirClients.as(port, SmartBackend.of(port, dataDir, clientId, scopes));
    }

    @Override
    public void close() {
        context.close();
    }
}
