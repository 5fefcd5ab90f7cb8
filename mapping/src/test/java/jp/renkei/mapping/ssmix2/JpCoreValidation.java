package jp.renkei.mapping.ssmix2;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.KnownIssues;
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
        static final KnownIssues KNOWN = KnownIssues.load();
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

    /**
     * The errors of every entry resource that no tolerated known issue of the JP packages explains (the profiles
     * module's policy, as the server applies it), each as "Type: location: message".
     */
    static List<String> newErrors(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .flatMap(resource -> Holder.KNOWN.split(Holder.VALIDATOR.validate(resource)).newErrors().stream()
                        .map(message -> resource.fhirType() + ": " + describe(message)))
                .toList();
    }

    /** The errors a tolerated known issue explains, with the issue's ID: "id: Type: location: message". */
    static List<String> knownErrors(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .flatMap(resource -> Holder.KNOWN.split(Holder.VALIDATOR.validate(resource)).knownErrors().stream()
                        .map(message -> Holder.KNOWN.explain(message).orElseThrow().id() + ": " + resource.fhirType()
                                + ": " + describe(message)))
                .toList();
    }

    static String json(Bundle bundle) {
        return Holder.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
