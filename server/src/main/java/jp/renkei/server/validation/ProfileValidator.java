package jp.renkei.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.KnownIssues;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates resources against the profiles they claim, with the shared chain (R4 core, JP Core, JP-CLINS, Renkei).
 * Loading the packages takes seconds of CPU, so the validator is built once: warmed in the background when the
 * server is up ({@link #warmUp}), or at the first validation if that comes earlier; a validation meanwhile waits.
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

    public void warmUp(Executor background) {
        if (building.compareAndSet(false, true)) {
            background.execute(this::build);
        }
    }

    /**
     * The errors that count (severity error or fatal), less those that a tolerated defect of the published JP packages
     * explains (known-issues.json); empty when the resource conforms.
     */
    public List<SingleValidationMessage> errors(IBaseResource resource) {
        return knownIssues.split(built().validate(resource)).newErrors();
    }

    @Override
    public void validateResource(IValidationContext<IBaseResource> context) {
        built().validateResource(context);
    }

    private DeclaredProfileValidator built() {
        if (building.compareAndSet(false, true)) {
            build();
        }
        return validator.join();
    }

    private void build() {
        long start = System.nanoTime();
        try {
            DeclaredProfileValidator built = new DeclaredProfileValidator(fhirContext, chain.get());
            warmUpExamples.get().forEach(built::validate);
            validator.complete(built);
            LOG.info("Profile validator ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            validator.completeExceptionally(e);
        }
    }
}
