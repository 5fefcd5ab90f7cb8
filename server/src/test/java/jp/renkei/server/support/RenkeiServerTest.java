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
 * one server per test run and shares it. A test gets a FHIR client for it by asking for an {@code IGenericClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TestDatabaseCondition.class, FhirClientResolver.class})
@SpringBootTest(
        classes = RenkeiServerApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"renkei.demo.enabled=false", "renkei.fhir.max-request-size=1MB"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface RenkeiServerTest {}
