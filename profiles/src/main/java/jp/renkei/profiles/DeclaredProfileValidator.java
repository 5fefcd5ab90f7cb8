package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates a resource against the profiles it declares in meta.profile (and its base type) on the shared chain, and
 * never throws: when the validator cannot process a definition (DefinitionException, FHIRException, …) the result
 * holds one error naming the declared profiles and the reason, so that a caller gets a result for every resource.
 * Build one per chain and share it: the first validation loads and caches the definitions.
 */
public final class DeclaredProfileValidator {

    /** Message id of the error reported instead of an exception. */
    public static final String NOT_PROCESSED = "Renkei_Profile_Not_Processed";

    private final FhirContext fhirContext;
    private final FhirValidator validator;

    public DeclaredProfileValidator(FhirContext fhirContext, IValidationSupport chain) {
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        // As on the server: partners' own extensions are allowed; a declared profile nobody here knows is an error.
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setErrorForUnknownProfiles(true);
        this.fhirContext = fhirContext;
        this.validator = fhirContext.newValidator().registerValidatorModule(instanceValidator);
    }

    public ValidationResult validate(IBaseResource resource) {
        try {
            return validator.validateWithResult(resource);
        } catch (RuntimeException e) {
            return notProcessed(resource, e);
        }
    }

    private ValidationResult notProcessed(IBaseResource resource, RuntimeException cause) {
        String profiles = declaredProfiles(resource);
        SingleValidationMessage message = new SingleValidationMessage();
        message.setSeverity(ResultSeverityEnum.ERROR);
        message.setMessageId(NOT_PROCESSED);
        message.setLocationString(resource.fhirType());
        message.setMessage("Profile " + (profiles.isEmpty() ? "of " + resource.fhirType() : profiles)
                + " could not be processed by the validator: " + cause.getClass().getSimpleName() + ": "
                + cause.getMessage());
        return new ValidationResult(fhirContext, List.of(message));
    }

    private static String declaredProfiles(IBaseResource resource) {
        return resource.getMeta().getProfile().stream()
                .map(p -> p.getValueAsString())
                .collect(Collectors.joining(", "));
    }
}
