package jp.renkei.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.renkei.mapping.document.ClinicalDocument;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.StringType;

/**
 * A document fixture given a patient ID and document identifiers of its own, so that tests on the shared server never
 * meet each other's documents; everything else is as published.
 */
record TestDocument(Bundle bundle, Identifier patientIdentifier) {

    static final String CLINS_REFERRAL = "Bundle-Bundle-CLINS-Referral-Example-01.json";
    static final String STANDALONE_REFERRAL = "Bundle-BundleReferralExample01.json";
    static final String DISCHARGE_SUMMARY = "Bundle-renkei-discharge-summary-01.json";
    static final String CLINS_CARE_SUMMARY = "Bundle-Bundle-CLINS-PCS-Example-01.json";

    static TestDocument fresh(String fixture) {
        Bundle bundle = parse(fixture);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Identifier patient = ClinicalDocument.read(bundle).patientIdentifier().setValue(TestPatients.newPatientId());
        bundle.getIdentifier().setValue(bundle.getIdentifier().getValue() + "-" + suffix);
        composition(bundle).getIdentifier().setValue(composition(bundle).getIdentifier().getValue() + "-" + suffix);
        return new TestDocument(bundle, patient.copy());
    }

    /**
     * Another published document for the same patient under the same Composition identifier (as the JP-CLINS examples
     * are), with a Bundle identifier of its own.
     */
    TestDocument sameIdentifiers(String fixture) {
        Bundle other = parse(fixture);
        Identifier patient = ClinicalDocument.read(other).patientIdentifier();
        patient.setSystem(patientIdentifier.getSystem()).setValue(patientIdentifier.getValue());
        other.getIdentifier().setValue(other.getIdentifier().getValue() + "-" + UUID.randomUUID().toString().substring(0, 8));
        composition(other).setIdentifier(composition().getIdentifier().copy());
        return new TestDocument(other, patientIdentifier);
    }

    /** The next version of this document: same Composition.identifier, new Bundle.identifier and version number. */
    TestDocument nextVersion(String version) {
        Bundle next = bundle.copy();
        next.getIdentifier().setValue(bundle.getIdentifier().getValue() + "-v" + version);
        composition(next).getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber")
                .setValue(new StringType(version));
        return new TestDocument(next, patientIdentifier);
    }

    String json() {
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(bundle);
    }

    /** {@code system|value} of the patient's ID, for a search URL. */
    String patientIdentifierToken() {
        return token(patientIdentifier);
    }

    /** {@code system|value} of the Bundle's identifier (JP-CLINS values contain {@code ^}), for a search URL. */
    String identifierToken() {
        return token(bundle.getIdentifier());
    }

    private static String token(Identifier identifier) {
        return identifier.getSystem() + "|" + URLEncoder.encode(identifier.getValue(), StandardCharsets.UTF_8);
    }

    Composition composition() {
        return composition(bundle);
    }

    private static Composition composition(Bundle bundle) {
        return (Composition) bundle.getEntryFirstRep().getResource();
    }

    private static Bundle parse(String fixture) {
        try (InputStream in = TestDocument.class.getResourceAsStream("/fixtures/" + fixture)) {
            return FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
