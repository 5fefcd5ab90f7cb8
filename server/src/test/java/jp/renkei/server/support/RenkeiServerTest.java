package jp.renkei.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.renkei.server.RenkeiServerApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real server on a random port. Every test class uses exactly these settings, so Spring starts
 * one server per test run and shares it. A test gets a FHIR client for it by asking for an {@code IGenericClient}:
 * it sends the hospital EHR demo partner's access tokens; raw HTTP tests add them with {@link SmartBackend}. A second
 * hospital is registered too ({@link SecondHospital}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TestDatabaseCondition.class, FhirClientResolver.class})
@SpringBootTest(
        classes = RenkeiServerApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"renkei.demo.enabled=false", "renkei.fhir.max-request-size=1MB",
            // The demo partners are registered without the demo data: tests act as them (SmartBackend).
            "renkei.security.demo-clients=true", "renkei.security.key-dir=target/it-keys",
            // A second hospital (SecondHospital writes the clients file before the server starts).
            "renkei.security.clients-file=target/it-keys/clients.json",
            "renkei.access.provider-organizations=Organization/renkei-demo-hospital,Organization/renkei-test-hospital-b",
            "renkei.security.external-issuer="})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, SecondHospital.class})
public @interface RenkeiServerTest {}
