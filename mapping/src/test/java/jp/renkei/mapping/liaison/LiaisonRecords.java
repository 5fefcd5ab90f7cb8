package jp.renkei.mapping.liaison;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The record of 小林 一郎 (COPD, home oxygen, discharge planned), written for these tests in
 * liaison/record-kobayashi.json: current data of every section plus data a sheet must leave out (entered-in-error and
 * resolved Conditions, a stopped prescription, an inactive allergy, a completed procedure, an older assessment, a
 * vital sign, a planned Communication, a past appointment). Also the hospital's liaison office and one partner per
 * recipient kind.
 */
final class LiaisonRecords {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Instant ISSUED = Instant.parse("2026-11-25T01:00:00Z");
    static final String PATIENT_ID = "liaison-patient-01";

    private static final Map<RecipientKind, Organization> RECIPIENTS = Map.of(
            RecipientKind.CLINIC, organization("liaison-clinic", "ひかり内科クリニック", "048-333-4444"),
            RecipientKind.CARE_MANAGER, organization("liaison-care-manager-office", "さくら居宅介護支援事業所",
                    "048-555-6666"),
            RecipientKind.VISITING_NURSING, organization("liaison-visiting-nursing", "つばさ訪問看護ステーション",
                    "048-777-8888"),
            RecipientKind.COMMUNITY_SUPPORT_CENTER, organization("liaison-support-center", "青葉地域包括支援センター",
                    "048-222-3333"));

    private LiaisonRecords() {
    }

    /** The full record, resources in file order. */
    static PatientRecord kobayashi() {
        List<Resource> resources = read("/liaison/record-kobayashi.json").getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).toList();
        Patient patient = (Patient) resources.get(0);
        return new PatientRecord(patient, resources.subList(1, resources.size()));
    }

    /** The patient and nothing else. */
    static PatientRecord patientOnly() {
        return new PatientRecord(kobayashi().patient(), List.of());
    }

    static LiaisonSheetRequest request(RecipientKind kind) {
        return new LiaisonSheetRequest(kind, RECIPIENTS.get(kind), liaisonOffice(), ISSUED);
    }

    static Organization liaisonOffice() {
        return organization("liaison-office", "青葉総合病院 地域医療連携室", "048-999-1050");
    }

    static Bundle read(String classpathLocation) {
        try (InputStream json = LiaisonRecords.class.getResourceAsStream(classpathLocation)) {
            if (json == null) {
                throw new IllegalStateException("Missing test resource " + classpathLocation);
            }
            return FHIR.newJsonParser().parseResource(Bundle.class, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Organization organization(String id, String name, String phone) {
        Organization organization = new Organization().setName(name);
        organization.setId(id);
        organization.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone);
        return organization;
    }
}
