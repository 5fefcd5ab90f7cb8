package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Which sections of a liaison sheet (連携シート) each recipient kind gets, as the code system
 * renkei-liaison-section of the compiled Renkei package states it (property {@code required-for}). A kind gets
 * exactly these sections; the Composition profile's invariants enforce the same table.
 *
 * @param sectionsByRecipientKind section codes by recipient-kind code
 */
public record LiaisonSectionTable(Map<String, Set<String>> sectionsByRecipientKind) {

    public static final String SECTION_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-liaison-section";
    public static final String RECIPIENT_KIND_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-recipient-kind";
    /** The extension naming the kind of partner a liaison sheet is for (on its Composition). */
    public static final String RECIPIENT_KIND_EXTENSION =
            "http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind";
    /** The extension naming the partner a document is addressed to (Composition, DocumentReference). */
    public static final String RECIPIENT_EXTENSION = "http://renkei.jp/fhir/StructureDefinition/renkei-recipient";
    private static final String REQUIRED_FOR = "required-for";
    private static final String FILE = "CodeSystem-renkei-liaison-section.json";

    public LiaisonSectionTable {
        Map<String, Set<String>> copy = new TreeMap<>();
        sectionsByRecipientKind.forEach((kind, sections) -> copy.put(kind, Set.copyOf(sections)));
        sectionsByRecipientKind = Map.copyOf(copy);
    }

    /** The table of the code system in the compiled Renkei package on the classpath. */
    public static LiaisonSectionTable fromRenkeiPackage(FhirContext fhirContext) {
        try (InputStream tgz = LiaisonSectionTable.class.getClassLoader()
                .getResourceAsStream(FhirPackage.RENKEI.classpathLocation())) {
            if (tgz == null) {
                throw new IllegalStateException("Renkei package missing: " + FhirPackage.RENKEI.classpathLocation());
            }
            try (InputStream json = NpmPackage.fromPackage(tgz).load("package", FILE)) {
                return of(fhirContext.newJsonParser().parseResource(CodeSystem.class, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE + " from the Renkei package", e);
        }
    }

    /** The table of a renkei-liaison-section code system. */
    public static LiaisonSectionTable of(CodeSystem sections) {
        Map<String, Set<String>> byKind = new TreeMap<>();
        for (ConceptDefinitionComponent concept : sections.getConcept()) {
            for (ConceptPropertyComponent property : concept.getProperty()) {
                if (REQUIRED_FOR.equals(property.getCode())) {
                    Coding kind = property.getValueCoding();
                    if (!RECIPIENT_KIND_SYSTEM.equals(kind.getSystem())) {
                        throw new IllegalArgumentException("required-for of " + concept.getCode()
                                + " is not a recipient kind: " + kind.getSystem() + "#" + kind.getCode());
                    }
                    byKind.computeIfAbsent(kind.getCode(), k -> new TreeSet<>()).add(concept.getCode());
                }
            }
        }
        return new LiaisonSectionTable(byKind);
    }

    /** The section codes a liaison sheet to this kind of partner contains; empty for an unknown kind. */
    public Set<String> sectionsFor(String recipientKind) {
        return sectionsByRecipientKind.getOrDefault(recipientKind, Set.of());
    }
}
