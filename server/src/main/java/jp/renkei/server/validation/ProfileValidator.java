package jp.renkei.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.renkei.profiles.ValidationSupportFactory;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
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
    private final CompletableFuture<FhirInstanceValidator> module = new CompletableFuture<>();
    private final CompletableFuture<FhirValidator> validator = new CompletableFuture<>();
    private final AtomicBoolean building = new AtomicBoolean();

    public ProfileValidator(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public void warmUp(Executor background) {
        if (building.compareAndSet(false, true)) {
            background.execute(this::build);
        }
    }

    /** The messages of severity error or fatal; empty when the resource conforms. */
    public List<SingleValidationMessage> errors(IBaseResource resource) {
        return built(validator).validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }

    @Override
    public void validateResource(IValidationContext<IBaseResource> context) {
        built(module).validateResource(context);
    }

    private <T> T built(CompletableFuture<T> part) {
        if (building.compareAndSet(false, true)) {
            build();
        }
        return part.join();
    }

    private void build() {
        long start = System.nanoTime();
        try {
            FhirInstanceValidator instanceValidator =
                    new FhirInstanceValidator(new ValidationSupportFactory(fhirContext).create());
            // Extensions from partners' systems are allowed; a profile nobody here knows is an error, not a shrug.
            instanceValidator.setAnyExtensionsAllowed(true);
            instanceValidator.setErrorForUnknownProfiles(true);
            FhirValidator built = fhirContext.newValidator().registerValidatorModule(instanceValidator);
            built.validateWithResult(new Patient());
            module.complete(instanceValidator);
            validator.complete(built);
            LOG.info("Profile validator ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            module.completeExceptionally(e);
            validator.completeExceptionally(e);
        }
    }
}
