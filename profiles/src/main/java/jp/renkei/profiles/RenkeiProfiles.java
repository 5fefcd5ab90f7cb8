package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** Reads the resource profiles (not extensions or data types) of the compiled Renkei package. */
public final class RenkeiProfiles {

    private final FhirContext fhirContext;

    public RenkeiProfiles(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public List<ProfileDeclaration> declarations() {
        try (InputStream tgz = getClass().getClassLoader().getResourceAsStream(FhirPackage.RENKEI.classpathLocation())) {
            if (tgz == null) {
                throw new IllegalStateException("Renkei package missing: " + FhirPackage.RENKEI.classpathLocation());
            }
            NpmPackage renkei = NpmPackage.fromPackage(tgz);
            List<ProfileDeclaration> declarations = new ArrayList<>();
            for (String file : renkei.listResources("StructureDefinition")) {
                try (InputStream json = renkei.load("package", file)) {
                    StructureDefinition definition =
                            fhirContext.newJsonParser().parseResource(StructureDefinition.class, json);
                    if (definition.getKind() == StructureDefinitionKind.RESOURCE
                            && definition.getDerivation() == TypeDerivationRule.CONSTRAINT) {
                        declarations.add(new ProfileDeclaration(definition.getType(), definition.getUrl()));
                    }
                }
            }
            return List.copyOf(declarations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Renkei package", e);
        }
    }
}
