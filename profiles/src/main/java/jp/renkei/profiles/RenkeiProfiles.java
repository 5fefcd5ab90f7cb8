package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** The resources of the compiled Renkei package, read once: its conformance resources, profiles and examples. */
public final class RenkeiProfiles {

    private static final Set<String> CONFORMANCE_TYPES = Set.of("StructureDefinition", "CodeSystem", "ValueSet");

    private final List<Resource> resources;

    public RenkeiProfiles(FhirContext fhirContext) {
        this.resources = read(fhirContext);
    }

    /** The resource profiles (not extensions or data types), each with the resource type it constrains. */
    public List<ProfileDeclaration> declarations() {
        return resources.stream()
                .filter(StructureDefinition.class::isInstance)
                .map(StructureDefinition.class::cast)
                .filter(definition -> definition.getKind() == StructureDefinitionKind.RESOURCE
                        && definition.getDerivation() == TypeDerivationRule.CONSTRAINT)
                .map(definition -> new ProfileDeclaration(definition.getType(), definition.getUrl()))
                .toList();
    }

    /** Every StructureDefinition, CodeSystem and ValueSet the package defines (its examples are left out). */
    public List<Resource> conformanceResources() {
        return resources.stream().filter(resource -> CONFORMANCE_TYPES.contains(resource.fhirType())).toList();
    }

    /** The package's examples that conform (ids of the deliberately invalid ones start with {@code invalid-}). */
    public List<Resource> validExamples() {
        return resources.stream()
                .filter(resource -> !CONFORMANCE_TYPES.contains(resource.fhirType()))
                .filter(resource -> !resource.getIdElement().getIdPart().startsWith("invalid-"))
                .toList();
    }

    private static List<Resource> read(FhirContext fhirContext) {
        try (InputStream tgz = RenkeiProfiles.class.getClassLoader()
                .getResourceAsStream(FhirPackage.RENKEI.classpathLocation())) {
            if (tgz == null) {
                throw new IllegalStateException("Renkei package missing: " + FhirPackage.RENKEI.classpathLocation());
            }
            NpmPackage renkei = NpmPackage.fromPackage(tgz);
            List<Resource> resources = new ArrayList<>();
            for (String file : renkei.list("package")) {
                if (file.endsWith(".json") && !file.equals("package.json")) {
                    try (InputStream json = renkei.load("package", file)) {
                        resources.add((Resource) fhirContext.newJsonParser().parseResource(json));
                    }
                }
            }
            return List.copyOf(resources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Renkei package", e);
        }
    }
}
