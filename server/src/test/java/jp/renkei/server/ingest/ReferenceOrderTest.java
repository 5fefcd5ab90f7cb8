package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.renkei.mapping.ssmix2.HospitalIdentity;
import jp.renkei.mapping.ssmix2.Ssmix2File;
import jp.renkei.mapping.ssmix2.Ssmix2Mapping;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;
import jp.renkei.server.support.FhirClients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceOrderTest {

    /** The sample storage, and the messages Renkei wrote for the data types it lacks (mapping's test data). */
    private static final List<Path> STORAGES = List.of(Path.of("src/test/resources/fixtures/ssmix2-storage"),
            Path.of("../mapping/src/test/resources/ssmix2/renkei-written"));

    private final ReferenceOrder order = new ReferenceOrder(FhirClients.FHIR);

    @Test
    void placesAnEntryAfterTheEntriesItRefersTo() {
        Bundle transaction = new Bundle();
        Condition condition = new Condition().setSubject(new Reference("urn:uuid:patient"));
        condition.setEncounter(new Reference("Encounter/stay-1"));
        add(transaction, "urn:uuid:condition", condition, HTTPVerb.POST, "Condition");
        add(transaction, "urn:uuid:encounter", new Encounter().setSubject(new Reference("urn:uuid:patient")),
                HTTPVerb.PUT, "Encounter/stay-1");
        add(transaction, "urn:uuid:patient", new Patient(), HTTPVerb.PUT, "Patient?identifier=s|1");

        assertThat(order.of(transaction)).get().extracting(ReferenceOrderTest::types)
                .isEqualTo(List.of("Patient", "Encounter", "Condition"));
    }

    @Test
    void keepsTheBundleOrderWhereReferencesDoNotDecide() {
        Bundle transaction = new Bundle();
        add(transaction, "urn:uuid:b", new Encounter(), HTTPVerb.PUT, "Encounter?identifier=s|b");
        add(transaction, "urn:uuid:a", new Patient(), HTTPVerb.PUT, "Patient?identifier=s|a");
        add(transaction, null, new Patient(), HTTPVerb.PUT, "Patient/withdrawn");

        assertThat(order.of(transaction)).get().extracting(ReferenceOrderTest::types)
                .isEqualTo(List.of("Encounter", "Patient", "Patient"));
    }

    @Test
    void hasNoOrderForAReferenceCycle() {
        Bundle transaction = new Bundle();
        Encounter encounter = new Encounter();
        encounter.addDiagnosis().setCondition(new Reference("urn:uuid:condition"));
        add(transaction, "urn:uuid:encounter", encounter, HTTPVerb.PUT, "Encounter/e");
        add(transaction, "urn:uuid:condition", new Condition().setEncounter(new Reference("urn:uuid:encounter")),
                HTTPVerb.PUT, "Condition/c");

        assertThat(order.of(transaction)).isEmpty();
    }

    @Test
    void aResourceReferringToItselfIsNoCycle() {
        Bundle transaction = new Bundle();
        Patient patient = new Patient();
        patient.addLink().setOther(new Reference("urn:uuid:p"));
        add(transaction, "urn:uuid:p", patient, HTTPVerb.PUT, "Patient/p");

        assertThat(order.of(transaction)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dangling", "twoEntriesOfOneFullUrl", "delete"})
    void hasNoOrderForWhatOnlyHapisTransactionEngineHandles(String shape) {
        Bundle transaction = new Bundle();
        add(transaction, "urn:uuid:p", new Patient(), HTTPVerb.PUT, "Patient/p");
        switch (shape) {
            case "dangling" -> add(transaction, "urn:uuid:c",
                    new Condition().setSubject(new Reference("urn:uuid:nowhere")), HTTPVerb.POST, "Condition");
            case "twoEntriesOfOneFullUrl" -> add(transaction, "urn:uuid:p", new Patient(), HTTPVerb.POST, "Patient");
            default -> transaction.addEntry().getRequest().setMethod(HTTPVerb.DELETE).setUrl("Patient/q");
        }

        assertThat(order.of(transaction)).isEmpty();
    }

    /** Renkei's SS-MIX2 mappings are written in one pass: none of them may fall back to HAPI's engine unnoticed. */
    @ParameterizedTest
    @MethodSource("storageFiles")
    void everyMappedSsmix2FixtureHasAnOrderWithEveryEntry(Ssmix2File file) {
        Bundle transaction = Ssmix2Mapping.forHospital(new HospitalIdentity("1119900018")).map(file);

        Optional<List<BundleEntryComponent>> ordered = order.of(transaction).map(ReferenceOrderTest::entries);

        assertThat(ordered).get().satisfies(entries -> assertThat(entries)
                .containsExactlyInAnyOrderElementsOf(transaction.getEntry()));
    }

    static List<Ssmix2File> storageFiles() {
        return STORAGES.stream().flatMap(storage -> new Ssmix2Storage(storage).files().stream()).toList();
    }

    /** Adds an entry; the resource gets a text so that it is not empty (an empty one counts as no resource). */
    private static void add(Bundle transaction, String fullUrl, DomainResource resource, HTTPVerb method, String url) {
        ((DomainResource) resource).getText().setStatus(NarrativeStatus.EMPTY);
        transaction.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(method).setUrl(url);
    }

    private static List<String> types(List<ReferenceOrder.Placed> placed) {
        return entries(placed).stream().map(entry -> entry.getResource().fhirType()).toList();
    }

    private static List<BundleEntryComponent> entries(List<ReferenceOrder.Placed> placed) {
        return placed.stream().map(ReferenceOrder.Placed::entry).toList();
    }
}
