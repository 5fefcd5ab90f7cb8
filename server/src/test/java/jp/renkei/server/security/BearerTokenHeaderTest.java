package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokenHeaderTest {

    @Test
    void findsWhatSpringSecuritysDefaultResolverFinds() {
        String jwt = "eyJraWQiOiI1NzhmNDNk.eyJzdWIiOiJob3NwaXRhbC1laHIifQ.c2ln-_~+/";
        List<String> headers = Arrays.asList(null, "", "Bearer " + jwt, "bearer " + jwt, "BEARER " + jwt,
                "Bearer " + jwt + "==", "Bearer " + jwt + "=x", "Bearer =", "Bearer ", "Bearer", "Bearer  " + jwt,
                "Bearer " + jwt + " ", "Bearer 山田", "Bearer a,b", "Bearerx " + jwt, "Basic dXNlcjpwYXNz",
                "Bearer\t" + jwt);
        for (String header : headers) {
            assertThat(answer(new BearerTokenHeader(), header)).as(String.valueOf(header))
                    .isEqualTo(answer(new DefaultBearerTokenResolver(), header));
        }
    }

    @Test
    void returnsTheTokenOfAWellFormedHeader() {
        assertThat(answer(new BearerTokenHeader(), "Bearer abc.def-_~+/==")).isEqualTo("token abc.def-_~+/==");
        assertThat(answer(new BearerTokenHeader(), "Bearer abc def")).startsWith("error ");
    }

    /** The token, or the error the resolver raised, as text. */
    private static String answer(BearerTokenResolver resolver, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/Patient");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }
}
