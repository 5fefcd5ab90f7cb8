package jp.renkei.mapping.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import jp.renkei.mapping.document.UnusableDocumentException.Problem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class ClinicalDocumentTest {

    @Test
    void readsTheIdentitiesOfTheClinsReferral() {
        ClinicalDocument document = ClinicalDocument.read(Documents.bundle(Documents.CLINS_REFERRAL));

        assertThat(document.patientIdentifier().getSystem()).isEqualTo("urn:oid:1.2.392.100495.20.3.51.11318814790");
        assertThat(document.patientIdentifier().getValue()).isEqualTo("000999739");
        assertThat(document.instanceIdentifier().getValue()).isEqualTo("1318814790^2024^0123-Referral-203949583949");
        assertThat(document.documentIdentifier().getValue()).isEqualTo("1311234567-2021-12345678");
        assertThat(document.version()).contains("1.0");
    }

    @Test
    void acceptsTheStandaloneReferralAndTheDischargeSummaryThoughNeitherConforms() {
        assertThat(ClinicalDocument.read(Documents.bundle(Documents.STANDALONE_REFERRAL)).patient().getIdentifier()).hasSize(1);
        assertThat(ClinicalDocument.read(Documents.bundle(Documents.DISCHARGE_SUMMARY)).composition().getTitle())
                .isEqualTo("退院時サマリー");
    }

    @Test
    void namesEveryMissingPartOfABundleThatIsNotADocument() {
        Bundle bundle = Documents.bundle(Documents.CLINS_REFERRAL);
        bundle.setType(Bundle.BundleType.COLLECTION).setIdentifier(null);
        bundle.getEntry().remove(0);

        assertThat(locations(bundle)).containsExactly("Bundle.type", "Bundle.identifier", "Bundle.entry[0].resource");
    }

    @Test
    void namesASubjectThatIsNotInTheBundle() {
        Bundle bundle = Documents.bundle(Documents.CLINS_REFERRAL);
        composition(bundle).setSubject(new Reference("Patient/elsewhere"));

        UnusableDocumentException refused = refusal(bundle);

        assertThat(refused.problems()).extracting(Problem::location).containsExactly("Bundle.entry[0].resource.subject");
        assertThat(refused.getMessage()).contains("Patient/elsewhere");
    }

    @Test
    void namesAPatientWithoutIdentifierAndACompositionWithoutTypeCoding() {
        Bundle bundle = Documents.bundle(Documents.CLINS_REFERRAL);
        ((Patient) bundle.getEntry().get(1).getResource()).setIdentifier(List.of());
        composition(bundle).getType().setCoding(List.of()).setText("診療情報提供書");

        assertThat(locations(bundle)).containsExactly("Bundle.entry[0].resource.type.coding", "Bundle.entry[1].resource.identifier");
    }

    @Test
    void takesTheBundleIdentifierAsTheDocumentIdentityWhenTheCompositionHasNone() {
        Bundle bundle = Documents.bundle(Documents.DISCHARGE_SUMMARY);
        composition(bundle).setIdentifier(null);

        assertThat(ClinicalDocument.read(bundle).documentIdentifier().getValue()).isEqualTo("1119900018^2026^DS-000123-1");
    }

    private static Composition composition(Bundle bundle) {
        return (Composition) bundle.getEntryFirstRep().getResource();
    }

    private static List<String> locations(Bundle bundle) {
        return refusal(bundle).problems().stream().map(Problem::location).toList();
    }

    private static UnusableDocumentException refusal(Bundle bundle) {
        return catchThrowableOfType(() -> ClinicalDocument.read(bundle), UnusableDocumentException.class);
    }
}
