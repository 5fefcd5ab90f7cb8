package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** Examples of the compiled Renkei package, and a validator on the shared chain to check them with. */
final class RenkeiExamples {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final FhirValidator validator;
    private final Map<String, Resource> byId;

    private RenkeiExamples(FhirValidator validator, Map<String, Resource> byId) {
        this.validator = validator;
        this.byId = byId;
    }

    /** The package's examples of the given resource types, by id. */
    static RenkeiExamples ofTypes(String... resourceTypes) throws IOException {
        FhirValidator validator = FHIR.newValidator()
                .registerValidatorModule(new FhirInstanceValidator(SharedValidation.CHAIN));
        return new RenkeiExamples(validator, read(List.of(resourceTypes)));
    }

    Map<String, Resource> all() {
        return byId;
    }

    /** A copy, so that a test can break it without touching the others' examples. */
    Resource example(String id) {
        assertThat(byId).containsKey(id);
        return byId.get(id).copy();
    }

    List<SingleValidationMessage> errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }

    /** One resource of the compiled package by its file name, e.g. CodeSystem-renkei-recipient-kind.json. */
    static Resource packageResource(String file) throws IOException {
        NpmPackage.NpmPackageFolder folder = packageFolder();
        assertThat(folder.listFiles()).as("files of the Renkei package").contains(file);
        return parse(folder, file);
    }

    private static Map<String, Resource> read(List<String> resourceTypes) throws IOException {
        Map<String, Resource> byId = new LinkedHashMap<>();
        NpmPackage.NpmPackageFolder folder = packageFolder();
        for (String file : folder.listFiles()) {
            if (resourceTypes.contains(file.substring(0, Math.max(0, file.indexOf('-'))))) {
                Resource resource = parse(folder, file);
                byId.put(resource.getIdElement().getIdPart(), resource);
            }
        }
        return byId;
    }

    private static NpmPackage.NpmPackageFolder packageFolder() throws IOException {
        try (InputStream in = RenkeiExamples.class.getResourceAsStream("/" + FhirPackage.RENKEI.classpathLocation())) {
            assertThat(in).as("compiled Renkei package").isNotNull();
            return NpmPackage.fromPackage(in).getFolders().get("package");
        }
    }

    private static Resource parse(NpmPackage.NpmPackageFolder folder, String file) throws IOException {
        String json = new String(folder.fetchFile(file), StandardCharsets.UTF_8);
        return (Resource) FHIR.newJsonParser().parseResource(json);
    }
}
