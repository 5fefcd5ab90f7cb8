package jp.renkei.reference;

import static jp.renkei.server.support.TestPatients.HOSPITAL_PATIENT_ID_SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.TestDatabase;
import jp.renkei.server.support.TestDatabaseCondition;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The stock HAPI reference is a working FHIR server: it stores a transaction Bundle, resolves the references between
 * its entries, and finds what it stored by search; it asks for no token, runs none of Renkei's beans, and listens on
 * loopback.
 */
@ExtendWith(TestDatabaseCondition.class)
class StockHapiServerIT {

    private static ConfigurableApplicationContext context;
    private static IGenericClient client;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(
                TestDatabase.current().springProperties("jdbc:h2:mem:stock-hapi-it;DB_CLOSE_DELAY=-1"));
        properties.put("server.port", "0");
        context = StockHapiServer.application().run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        client = FhirClients.unauthenticated(port);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void storesATransactionAndFindsItsEntriesBySearchWithoutAToken() {
        String patientId = TestPatients.newPatientId();
        String patientFullUrl = "urn:uuid:5b0c7f7e-2d1e-4c55-9f0a-6a3f0c1e0001";
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = TestPatients.yamadaTaro(patientId);
        transaction.addEntry().setFullUrl(patientFullUrl).setResource(patient)
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        Observation potassium = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference(patientFullUrl));
        potassium.getCode().addCoding().setSystem("urn:oid:1.2.392.200119.4.504").setCode("3H015000002327101");
        transaction.addEntry().setResource(potassium).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");

        Bundle response = client.transaction().withBundle(transaction).execute();

        assertThat(response.getEntry()).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).startsWith("201"));
        String storedPatient = response.getEntry().get(0).getResponse().getLocation().replaceAll("/_history/.*", "");
        Bundle patients = client.search().byUrl("Patient?identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId)
                .returnBundle(Bundle.class).execute();
        assertThat(patients.getEntry()).hasSize(1);
        Bundle observations = client.search().byUrl("Observation?subject=" + storedPatient)
                .returnBundle(Bundle.class).execute();
        assertThat(observations.getEntry()).hasSize(1);
        assertThat(((Observation) observations.getEntryFirstRep().getResource()).getSubject().getReference())
                .isEqualTo(storedPatient);
    }

    @Test
    void isStockHapiOnLoopbackWithNoneOfRenkeisBeans() {
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getSoftware().getName()).contains("HAPI");
        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(context.getBeanDefinitionNames()).allSatisfy(name -> assertThat(
                context.getBeanFactory().getType(name)).satisfiesAnyOf(
                        type -> assertThat(type).isNull(),
                        type -> assertThat(type.getName()).doesNotStartWith("jp.renkei.server")));
        assertThat(context.getBean(RestfulServer.class).getInterceptorService().getAllRegisteredInterceptors()).isEmpty();
    }
}
