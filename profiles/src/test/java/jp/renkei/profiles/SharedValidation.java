package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The chain (with its repairs) and one validator on it, built once per test JVM and shared by all test classes of
 * this module (building the chain and its first validations take most of the suite's time; the chain caches what it
 * loads and generates, so every class after the first runs warm). Also times the first and a steady-state
 * validation of the JP-CLINS referral Bundle, for the record (printed, not asserted).
 */
final class SharedValidation {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Path FIXTURES = Paths.get("src/test/resources/fixtures/jp");
    static final String CLINS_REFERRAL = "clins/Bundle-Bundle-CLINS-Referral-Example-01.json";

    static final ValidationSupportChain CHAIN;
    static final DeclaredProfileValidator VALIDATOR;

    static {
        long start = System.nanoTime();
        CHAIN = new ValidationSupportFactory(FHIR).create();
        VALIDATOR = new DeclaredProfileValidator(FHIR, CHAIN);
        long built = System.nanoTime();
        VALIDATOR.validate(fixture(CLINS_REFERRAL));
        long first = System.nanoTime();
        VALIDATOR.validate(fixture(CLINS_REFERRAL));
        long steady = System.nanoTime();
        System.out.printf("[timing] chain built in %d ms; referral Bundle: first validation %d ms, steady state %d ms%n",
                (built - start) / 1_000_000, (first - built) / 1_000_000, (steady - first) / 1_000_000);
    }

    private SharedValidation() {}

    /** A fixture under fixtures/jp, parsed. */
    static IBaseResource fixture(String relativePath) {
        try {
            return FHIR.newJsonParser().parseResource(
                    Files.readString(FIXTURES.resolve(relativePath), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
