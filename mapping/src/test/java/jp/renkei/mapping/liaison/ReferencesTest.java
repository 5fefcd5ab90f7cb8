package jp.renkei.mapping.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void findsEveryPopulatedReferenceTheTerserFinds() {
        MedicationRequest request = new MedicationRequest();
        request.setSubject(new Reference("Patient/1"));
        request.setRequester(new Reference().setDisplay("医師 一郎")
                .setIdentifier(new Identifier().setValue("123").setAssigner(new Reference("Organization/9"))));
        request.addReasonReference(new Reference("Condition/2"));
        request.addReasonReference(new Reference()); // empty: not a reference to anything
        request.addExtension("http://example.org/ext", new Reference("Practitioner/3"));
        request.getAuthoredOnElement().setValueAsString("2026-11-01");
        request.getAuthoredOnElement().addExtension("http://example.org/by", new Reference("PractitionerRole/4"));
        request.getDosageInstructionFirstRep().setText("1日3回")
                .addExtension("http://example.org/dose-by", new Reference("Device/5"));
        Practitioner contained = new Practitioner();
        contained.setId("p1");
        contained.addQualification().setIssuer(new Reference("Organization/6"));
        request.addContained(contained);
        request.addNote().setAuthor(new Reference("#p1")).setText("確認済み");
        request.addNote().setAuthor(new StringType("看護師"));

        assertThat(References.in(request)).extracting(Reference::getReference).containsExactlyInAnyOrder(
                        "Patient/1", null, "Organization/9", "Condition/2", "Practitioner/3", "PractitionerRole/4",
                        "Device/5", "Organization/6", "#p1") // null: the requester, by display and identifier
                .containsAll(FhirContext.forR4Cached().newTerser() // a primitive's extensions are beyond the terser
                        .getAllPopulatedChildElementsOfType(request, Reference.class).stream()
                        .map(Reference::getReference).toList());
    }

    @Test
    void theSameObjectsAreReturnedSoThatTheyCanBeRewrittenInPlace() {
        Condition condition = new Condition();
        condition.setSubject(new Reference("Patient/1"));

        References.in(condition).forEach(reference -> reference.setReference("urn:uuid:1"));

        assertThat(condition.getSubject().getReference()).isEqualTo("urn:uuid:1");
    }
}
