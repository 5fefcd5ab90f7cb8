package jp.renkei.mapping.ssmix2;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.ValidationSupportFactory;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** JP Core validation of mapped resources with the profiles module's validator, built once (it takes seconds). */
final class JpCoreValidation {

    private JpCoreValidation() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
        static final DeclaredProfileValidator VALIDATOR =
                new DeclaredProfileValidator(CONTEXT, new ValidationSupportFactory(CONTEXT).create());
    }

    /** The errors of every entry resource, each as "Type: location: message". */
    static List<String> errors(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .flatMap(resource -> errors(resource).stream()).toList();
    }

    static List<String> errors(Resource resource) {
        return Holder.VALIDATOR.validate(resource).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> resource.fhirType() + ": " + describe(message)).toList();
    }

    static String json(Bundle bundle) {
        return Holder.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
