package jp.renkei.mapping.liaison;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.ValidationSupportFactory;
import org.hl7.fhir.r4.model.Bundle;

/** Validation of generated liaison sheets with the profiles module's validator, built once (it takes seconds). */
final class SheetValidation {

    private SheetValidation() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
        static final DeclaredProfileValidator VALIDATOR =
                new DeclaredProfileValidator(CONTEXT, new ValidationSupportFactory(CONTEXT).create());
    }

    /** The errors of the document against the profiles it and its entries declare, as "location: message". */
    static List<String> errors(Bundle sheet) {
        return Holder.VALIDATOR.validate(sheet).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    static String json(Bundle sheet) {
        return Holder.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(sheet);
    }
}
