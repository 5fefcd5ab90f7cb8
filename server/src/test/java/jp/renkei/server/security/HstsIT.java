package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import jp.renkei.server.support.RenkeiServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * HSTS is sent on TLS requests only, so it is on exactly when the server speaks HTTPS ({@code server.ssl.*}). The
 * server's own security filter chain, with requests marked secure or not (no certificate needed).
 */
@RenkeiServerTest
class HstsIT {

    private final MockMvc mvc;

    HstsIT(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @Test
    void strictTransportSecurityOnHttpsOnly() throws Exception {
        String overTls = mvc.perform(get("/.well-known/smart-configuration").secure(true)).andReturn()
                .getResponse().getHeader("Strict-Transport-Security");
        String overPlainHttp = mvc.perform(get("/.well-known/smart-configuration").secure(false)).andReturn()
                .getResponse().getHeader("Strict-Transport-Security");

        assertThat(overTls).startsWith("max-age=31536000").contains("includeSubDomains");
        assertThat(overPlainHttp).isNull();
    }
}
