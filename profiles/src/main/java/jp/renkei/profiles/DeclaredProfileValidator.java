package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.elementmodel.Manager;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.elementmodel.ParserBase;
import org.hl7.fhir.r5.elementmodel.ParserBase.ValidationPolicy;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Validates a resource against the profiles it declares in meta.profile (and its base type) on the shared chain, and
 * never throws: when the validator cannot process a definition (DefinitionException, FHIRException, …) the result
 * holds one error naming the declared profiles and the reason, so that a caller gets a result for every resource.
 * Build one per chain and share it: the first validation loads and caches the definitions. As a validator module it
 * also serves validations against a named profile (the server's {@code $validate?profile=}), with the same guarantee.
 * It also reads a resource's written form alone ({@link #structuralIssues}) for the paths of what is malformed.
 */
public final class DeclaredProfileValidator implements IInstanceValidatorModule {

    /** Message id of the error reported instead of an exception. */
    public static final String NOT_PROCESSED = "Renkei_Profile_Not_Processed";

    /** Message id of the error for a named profile ({@code $validate?profile=}) that no package here defines. */
    public static final String UNKNOWN_PROFILE = "Renkei_Profile_Unknown";

    private final IValidationSupport chain;
    private final FhirInstanceValidator instanceValidator;
    private final FhirValidator validator;
    private final WorkerContextValidationSupportAdapter definitions;

    public DeclaredProfileValidator(FhirContext fhirContext, IValidationSupport chain) {
        // One view of the chain for the validator and for structuralIssues' parser.
        WorkerContextValidationSupportAdapter definitions =
                WorkerContextValidationSupportAdapter.newVersionSpecificWorkerContextWrapper(chain);
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setWrappedWorkerContext(chain, definitions);
        // As on the server: partners' own extensions are allowed; a declared profile nobody here knows is an error.
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setErrorForUnknownProfiles(true);
        this.chain = chain;
        this.instanceValidator = instanceValidator;
        this.validator = fhirContext.newValidator().registerValidatorModule(this);
        this.definitions = definitions;
    }

    public ValidationResult validate(IBaseResource resource) {
        return validator.validateWithResult(resource);
    }

    /**
     * Validates a resource as it was written (JSON or XML): what a parser would drop, such as an unknown element, is
     * reported too.
     */
    public ValidationResult validate(String resourceText) {
        return validator.validateWithResult(resourceText);
    }

    /**
     * What the HL7 parser finds wrong in the form of a resource as written, each problem with its path (an element R4
     * does not define, an array where one value belongs, …): parsing only, no profile is checked.
     */
    public List<ValidationMessage> structuralIssues(String resourceText, EncodingEnum encoding) {
        FhirFormat format = encoding == EncodingEnum.XML ? FhirFormat.XML : FhirFormat.JSON;
        ParserBase parser = Manager.makeParser(definitions, format);
        parser.setupValidation(ValidationPolicy.EVERYTHING);
        try {
            return parser.parse(new ByteArrayInputStream(resourceText.getBytes(StandardCharsets.UTF_8))).stream()
                    .flatMap(fragment -> fragment.getErrors().stream())
                    .toList();
        } catch (IOException | RuntimeException e) {
            // A form the HL7 parser cannot read at all has no paths to give; the caller says what it knows.
            return List.of();
        }
    }

    @Override
    public void validateResource(IValidationContext<IBaseResource> context) {
        // HAPI's validator passes over a named profile it cannot find when the resource declares one it can.
        for (String profile : context.getOptions().getProfiles()) {
            if (chain.fetchStructureDefinition(profile) == null) {
                context.addValidationMessage(error(UNKNOWN_PROFILE, context.getResource().fhirType(),
                        "Profile " + profile + " is not known to this server; nothing was validated against it"));
            }
        }
        try {
            instanceValidator.validateResource(context);
        } catch (RuntimeException e) {
            context.addValidationMessage(notProcessed(context.getResource(), e));
        }
    }

    private static SingleValidationMessage notProcessed(IBaseResource resource, RuntimeException cause) {
        String profiles = declaredProfiles(resource);
        return error(NOT_PROCESSED, resource.fhirType(),
                "Profile " + (profiles.isEmpty() ? "of " + resource.fhirType() : profiles)
                        + " could not be processed by the validator: " + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage());
    }

    private static SingleValidationMessage error(String messageId, String location, String text) {
        SingleValidationMessage message = new SingleValidationMessage();
        message.setSeverity(ResultSeverityEnum.ERROR);
        message.setMessageId(messageId);
        message.setLocationString(location);
        message.setMessage(text);
        return message;
    }

    private static String declaredProfiles(IBaseResource resource) {
        return resource.getMeta().getProfile().stream()
                .map(p -> p.getValueAsString())
                .collect(Collectors.joining(", "));
    }
}
