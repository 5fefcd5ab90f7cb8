package jp.renkei.mapping.document;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hl7.fhir.r4.model.Bundle;

/** The document fixtures (src/test/resources/documents, see its SOURCES.md), parsed afresh on every call. */
final class Documents {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String CLINS_REFERRAL = "Bundle-Bundle-CLINS-Referral-Example-01.json";
    static final String STANDALONE_REFERRAL = "Bundle-BundleReferralExample01.json";
    static final String DISCHARGE_SUMMARY = "Bundle-renkei-discharge-summary-01.json";

    private Documents() {}

    static Bundle bundle(String file) {
        try (InputStream in = Documents.class.getResourceAsStream("/documents/" + file)) {
            return FHIR.newJsonParser().parseResource(Bundle.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
