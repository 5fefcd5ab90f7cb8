package jp.renkei.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.KnownIssues;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates resources against the profiles they claim, with the shared chain (R4 core, JP Core, JP-CLINS, Renkei).
 * Loading the packages takes seconds of CPU, so the validator is built once: warmed in the background when the
 * server is up ({@link #warmUp}), or from the first validation if that comes earlier.
 * It is also the validator module of HAPI's {@code $validate} operation, so that the operation and the checks on
 * write give the same answer.
 */
public final class ProfileValidator implements IInstanceValidatorModule {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileValidator.class);

    private final FhirContext fhirContext;
    private final Supplier<IValidationSupport> chain;
    private final Supplier<? extends List<? extends IBaseResource>> warmUpExamples;
    private final KnownIssues knownIssues;
    private final CompletableFuture<DeclaredProfileValidator> validator = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();

    /**
     * @param chain builds the validation support chain, once
     * @param warmUpExamples read and validated while warming up, so that the definitions they use are loaded and their
     *     snapshots generated before the first real validation
     */
    public ProfileValidator(FhirContext fhirContext, Supplier<IValidationSupport> chain,
            Supplier<? extends List<? extends IBaseResource>> warmUpExamples, KnownIssues knownIssues) {
        this.fhirContext = fhirContext;
        this.chain = chain;
        this.warmUpExamples = warmUpExamples;
        this.knownIssues = knownIssues;
    }

    /** Builds and warms the validator in a background thread, once; a validation meanwhile waits for it. */
    public void warmUp() {
        if (building.compareAndSet(false, true)) {
            Thread thread = new Thread(this::build, "renkei-validator-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * The errors that count (severity error or fatal), less those that a tolerated defect of the published JP packages
     * explains (known-issues.json); empty when the resource conforms.
     */
    public List<SingleValidationMessage> errors(IBaseResource resource) {
        return knownIssues.split(built().validate(resource)).newErrors();
    }

    /** As {@link #errors(IBaseResource)}, for a resource as it was received (JSON or XML). */
    public List<SingleValidationMessage> errors(String resourceText) {
        return knownIssues.split(built().validate(resourceText)).newErrors();
    }

    /** See {@link DeclaredProfileValidator#structuralIssues}. */
    public List<ValidationMessage> structuralIssues(String resourceText, EncodingEnum encoding) {
        return built().structuralIssues(resourceText, encoding);
    }

    @Override
    public void validateResource(IValidationContext<IBaseResource> context) {
        built().validateResource(context);
    }

    private DeclaredProfileValidator built() {
        warmUp();
        return validator.join();
    }

    private void build() {
        long start = System.nanoTime();
        try {
            DeclaredProfileValidator built = new DeclaredProfileValidator(fhirContext, chain.get());
            List<? extends IBaseResource> examples = warmUpExamples.get();
            examples.stream().findFirst().ifPresent(built::validate);
            validator.complete(built);
            LOG.info("Profile validator ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            // Validations may run from here on; the other examples only load the rest of Renkei's definitions.
            examples.stream().skip(1).forEach(built::validate);
        } catch (RuntimeException e) {
            validator.completeExceptionally(e);
        }
    }
}
