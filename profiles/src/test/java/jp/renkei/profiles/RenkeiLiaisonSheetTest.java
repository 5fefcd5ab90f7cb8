package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The liaison sheet examples of input/fsh/LiaisonSheetExamples.fsh, read from the compiled Renkei package: the valid
 * ones (one per recipient kind) pass; each invalid one fails with its rule and no other rls-* invariant; and the
 * section table of the code system renkei-liaison-section, the valid examples and the per-kind invariants agree.
 */
class RenkeiLiaisonSheetTest {

    private static final Pattern RLS_KEY = Pattern.compile("\\b(rls-\\d+)\\b");

    /** The invariant keys of each recipient kind: [sections present, no other section]. */
    private static final Map<String, List<String>> KIND_INVARIANTS = Map.of(
            "clinic", List.of("rls-4", "rls-5"),
            "care-manager", List.of("rls-6", "rls-7"),
            "visiting-nursing", List.of("rls-8", "rls-9"),
            "community-support-center", List.of("rls-10", "rls-11"));

    private static RenkeiExamples fixture;
    private static Map<String, Resource> examples;
    private static LiaisonSectionTable table;
    private static CodeSystem sections;

    @BeforeAll
    static void buildValidatorAndReadExamples() throws IOException {
        fixture = RenkeiExamples.ofTypes("Bundle");
        examples = fixture.all();
        table = LiaisonSectionTable.fromRenkeiPackage(FhirContext.forR4Cached());
        sections = (CodeSystem) RenkeiExamples.packageResource("CodeSystem-renkei-liaison-section.json");
    }

    @Test
    void compiledPackageHoldsOneValidSheetPerRecipientKindAndTheInvalidOnes() {
        assertThat(examples).containsKeys("renkei-liaison-sheet-clinic-example",
                "renkei-liaison-sheet-care-manager-example", "renkei-liaison-sheet-visiting-nursing-example",
                "renkei-liaison-sheet-community-support-center-example",
                "invalid-renkei-liaison-sheet-without-recipient-kind",
                "invalid-renkei-liaison-sheet-missing-required-section",
                "invalid-renkei-liaison-sheet-section-not-for-kind",
                "invalid-renkei-liaison-sheet-section-without-data-or-reason",
                "invalid-renkei-liaison-sheet-not-a-document",
                "invalid-renkei-liaison-sheet-first-entry-not-composition",
                "invalid-renkei-liaison-sheet-subject-outside-document");
    }

    @Test
    void validLiaisonSheetsHaveNoErrors() {
        assertThat(validSheets()).hasSize(4);
        validSheets().forEach((id, sheet) -> assertThat(errors(sheet)).as("errors of example %s", id).isEmpty());
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "invalid-renkei-liaison-sheet-first-entry-not-composition, rls-1",
            "invalid-renkei-liaison-sheet-subject-outside-document, rls-2",
            "invalid-renkei-liaison-sheet-section-without-data-or-reason, rls-3",
            "invalid-renkei-liaison-sheet-section-not-for-kind, rls-5",
            "invalid-renkei-liaison-sheet-missing-required-section, rls-6"})
    void invalidSheetFailsWithExactlyItsInvariant(String id, String key) {
        assertThat(rlsKeys(errors(example(id)))).containsExactly(key);
    }

    @Test
    void sheetWithoutRecipientKindFailsOnTheMissingExtensionOnly() {
        List<SingleValidationMessage> errors = errors(example("invalid-renkei-liaison-sheet-without-recipient-kind"));

        assertThat(errors).anyMatch(m -> m.getMessage().contains("Composition.extension:recipientKind"));
        assertThat(rlsKeys(errors)).isEmpty();
    }

    @Test
    void sheetThatIsNotADocumentFailsOnBundleTypeOnly() {
        List<SingleValidationMessage> errors = errors(example("invalid-renkei-liaison-sheet-not-a-document"));

        assertThat(errors).anyMatch(m -> m.getLocationString().equals("Bundle.type"));
        assertThat(rlsKeys(errors)).isEmpty();
    }

    @Test
    void sectionWithEmptyReasonInsteadOfEntriesIsAccepted() {
        Bundle sheet = (Bundle) example("invalid-renkei-liaison-sheet-section-without-data-or-reason");
        SectionComponent textOnly = composition(sheet).getSection().stream()
                .filter(s -> !s.hasEntry())
                .findFirst()
                .orElseThrow();
        textOnly.setEmptyReason(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason", "notasked", "Not Asked")));

        assertThat(errors(sheet)).isEmpty();
    }

    @Test
    void sectionTableOfTheCodeSystemIsWhatTheValidExamplesContain() {
        Set<String> kinds = new TreeSet<>();
        validSheets().forEach((id, sheet) -> {
            Composition composition = composition((Bundle) sheet);
            String kind = recipientKind(composition);
            kinds.add(kind);
            assertThat(sectionCodes(composition)).as("sections of %s (%s)", id, kind)
                    .containsExactlyInAnyOrderElementsOf(table.sectionsFor(kind));
        });
        assertThat(kinds).as("recipient kinds with a valid example")
                .containsExactlyInAnyOrderElementsOf(recipientKindCodes())
                .containsExactlyInAnyOrderElementsOf(table.sectionsByRecipientKind().keySet())
                .containsExactlyInAnyOrderElementsOf(KIND_INVARIANTS.keySet());
    }

    /**
     * Every cell of the table against the invariants: for each kind, removing a section the table requires breaks
     * the kind's "present" invariant, and adding a section the table does not give the kind breaks its "no other"
     * invariant, and no other kind's invariant. The invariants' FHIRPath, read from the compiled profile, is
     * evaluated on the Composition directly: the validator runs the same expressions (see the invalid examples),
     * and 50 validations would cost the build about 10 s.
     */
    @Test
    void invariantsOfEachRecipientKindEnforceTheSectionTable() throws IOException {
        Map<String, String> expressions = kindInvariantExpressions();
        validSheets().values().forEach(sheet -> {
            Composition valid = composition((Bundle) sheet);
            String kind = recipientKind(valid);
            List<String> keys = KIND_INVARIANTS.get(kind);
            assertThat(failing(expressions, valid)).as("valid composition to %s", kind).isEmpty();
            for (ConceptDefinitionComponent concept : sections.getConcept()) {
                Composition variant = valid.copy();
                if (table.sectionsFor(kind).contains(concept.getCode())) {
                    variant.getSection().removeIf(s -> sectionCode(s).equals(concept.getCode()));
                    assertThat(failing(expressions, variant)).as("%s without %s", kind, concept.getCode())
                            .containsExactly(keys.get(0));
                } else {
                    variant.addSection(emptySection(concept));
                    assertThat(failing(expressions, variant)).as("%s with %s", kind, concept.getCode())
                            .containsExactly(keys.get(1));
                }
            }
        });
    }

    /** The per-kind invariants of the compiled Composition profile, expression by key. */
    private static Map<String, String> kindInvariantExpressions() throws IOException {
        StructureDefinition profile = (StructureDefinition) RenkeiExamples.packageResource(
                "StructureDefinition-renkei-liaison-sheet-composition.json");
        Set<String> keys = KIND_INVARIANTS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, String> expressions = profile.getDifferential().getElement().stream()
                .filter(e -> e.getPath().equals("Composition"))
                .flatMap(e -> e.getConstraint().stream())
                .filter(c -> keys.contains(c.getKey()))
                .collect(Collectors.toMap(ElementDefinition.ElementDefinitionConstraintComponent::getKey,
                        ElementDefinition.ElementDefinitionConstraintComponent::getExpression));
        assertThat(expressions).as("per-kind invariants of the profile").containsOnlyKeys(keys);
        return expressions;
    }

    private static Set<String> failing(Map<String, String> expressions, Composition composition) {
        IFhirPath fhirPath = FhirContext.forR4Cached().newFhirPath();
        Set<String> failing = new TreeSet<>();
        expressions.forEach((key, expression) -> {
            List<BooleanType> result = fhirPath.evaluate(composition, expression, BooleanType.class);
            if (result.size() != 1 || !result.get(0).booleanValue()) {
                failing.add(key);
            }
        });
        return failing;
    }

    private static SectionComponent emptySection(ConceptDefinitionComponent concept) {
        SectionComponent section = new SectionComponent();
        section.setTitle(concept.getDisplay());
        section.getCode().addCoding(new Coding(LiaisonSectionTable.SECTION_SYSTEM, concept.getCode(),
                concept.getDisplay()));
        section.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>記載なし</p></div>");
        section.setEmptyReason(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/list-empty-reason", "unavailable", "Unavailable")));
        return section;
    }

    private static Map<String, Resource> validSheets() {
        return examples.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("invalid-"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> recipientKindCodes() {
        try {
            CodeSystem kinds = (CodeSystem) RenkeiExamples.packageResource("CodeSystem-renkei-recipient-kind.json");
            return kinds.getConcept().stream().map(ConceptDefinitionComponent::getCode).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError("Cannot read the recipient kinds", e);
        }
    }

    private static Composition composition(Bundle sheet) {
        return (Composition) sheet.getEntryFirstRep().getResource();
    }

    private static String recipientKind(Composition composition) {
        return ((Coding) composition.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_KIND_EXTENSION).getValue()).getCode();
    }

    private static List<String> sectionCodes(Composition composition) {
        return composition.getSection().stream().map(RenkeiLiaisonSheetTest::sectionCode).toList();
    }

    private static String sectionCode(SectionComponent section) {
        return section.getCode().getCoding().stream()
                .filter(c -> LiaisonSectionTable.SECTION_SYSTEM.equals(c.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElseThrow();
    }

    /** The rls-* invariants named by the errors, each once. */
    private static Set<String> rlsKeys(List<SingleValidationMessage> errors) {
        Set<String> keys = new TreeSet<>();
        for (SingleValidationMessage error : errors) {
            Matcher matcher = RLS_KEY.matcher(error.getMessage());
            if (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Resource example(String id) {
        return fixture.example(id);
    }

    private static List<SingleValidationMessage> errors(IBaseResource resource) {
        return fixture.errors(resource);
    }
}
