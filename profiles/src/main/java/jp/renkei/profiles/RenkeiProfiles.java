package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** Reads the conformance resources of the compiled Renkei package. */
public final class RenkeiProfiles {

    private final FhirContext fhirContext;

    public RenkeiProfiles(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** The resource profiles (not extensions or data types), each with the resource type it constrains. */
    public List<ProfileDeclaration> declarations() {
        return read("StructureDefinition").stream()
                .map(StructureDefinition.class::cast)
                .filter(definition -> definition.getKind() == StructureDefinitionKind.RESOURCE
                        && definition.getDerivation() == TypeDerivationRule.CONSTRAINT)
                .map(definition -> new ProfileDeclaration(definition.getType(), definition.getUrl()))
                .toList();
    }

    /** Every StructureDefinition, CodeSystem and ValueSet the package defines (its examples are left out). */
    public List<Resource> conformanceResources() {
        return read("StructureDefinition", "CodeSystem", "ValueSet");
    }

    /** The package's examples that conform (ids of the deliberately invalid ones start with {@code invalid-}). */
    public List<Resource> validExamples() {
        List<Resource> examples = new ArrayList<>();
        for (Resource resource : read()) {
            String type = resource.fhirType();
            boolean conformance = type.equals("StructureDefinition") || type.equals("CodeSystem") || type.equals("ValueSet");
            if (!conformance && !resource.getIdElement().getIdPart().startsWith("invalid-")) {
                examples.add(resource);
            }
        }
        return List.copyOf(examples);
    }

    /** The package's resources of the given types, or all of them when none is given. */
    private List<Resource> read(String... resourceTypes) {
        try (InputStream tgz = getClass().getClassLoader().getResourceAsStream(FhirPackage.RENKEI.classpathLocation())) {
            if (tgz == null) {
                throw new IllegalStateException("Renkei package missing: " + FhirPackage.RENKEI.classpathLocation());
            }
            NpmPackage renkei = NpmPackage.fromPackage(tgz);
            List<String> files = resourceTypes.length == 0
                    ? renkei.list("package").stream().filter(f -> f.endsWith(".json") && !f.equals("package.json")).toList()
                    : renkei.listResources(resourceTypes);
            List<Resource> resources = new ArrayList<>();
            for (String file : files) {
                try (InputStream json = renkei.load("package", file)) {
                    resources.add((Resource) fhirContext.newJsonParser().parseResource(json));
                }
            }
            return List.copyOf(resources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Renkei package", e);
        }
    }
}
