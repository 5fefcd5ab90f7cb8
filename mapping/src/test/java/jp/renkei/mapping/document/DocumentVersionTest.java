package jp.renkei.mapping.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class DocumentVersionTest {

    @Test
    void comparesVersionsAsNumbersPartByPart() {
        assertThat(version("9").isBefore(version("10"))).isTrue();
        assertThat(version("1.0").isBefore(version("1"))).isFalse();
        assertThat(version("1").isBefore(version("1.0"))).isFalse();
        assertThat(version("1.2").isBefore(version("1.10"))).isTrue();
        assertThat(version("2").isBefore(version("1.9"))).isFalse();
    }

    @Test
    void doesNotOrderVersionsThatAreNotNumbers() {
        assertThat(DocumentVersion.parse("第2版")).isEmpty();
        assertThat(DocumentVersion.parse(null)).isEmpty();
    }

    @Test
    void aLateFirstVersionIsEarlierThanTheFiledSecondButNotTheOtherWayRound() {
        ClinicalDocument first = withVersion("1");
        ClinicalDocument second = withVersion("2");

        assertThat(first.isEarlierVersionThan(second)).isTrue();
        assertThat(second.isEarlierVersionThan(first)).isFalse();
        assertThat(first.isEarlierVersionThan(withVersion("1"))).isFalse();
    }

    private static DocumentVersion version(String text) {
        return DocumentVersion.parse(text).orElseThrow();
    }

    private static ClinicalDocument withVersion(String version) {
        Bundle bundle = Documents.bundle(Documents.DISCHARGE_SUMMARY);
        ((Composition) bundle.getEntryFirstRep().getResource())
                .getExtensionByUrl(ClinicalDocument.VERSION_EXTENSION).setValue(new StringType(version));
        return ClinicalDocument.read(bundle);
    }
}
