package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.Test;

class RenkeiProfilesTest {

    @Test
    void listsTheResourceProfilesOfTheCompiledPackageButNotItsExtensions() {
        var declarations = new RenkeiProfiles(FhirContext.forR4Cached()).declarations();

        assertThat(declarations).contains(
                new ProfileDeclaration("CarePlan", "http://renkei.jp/fhir/StructureDefinition/renkei-support-plan"),
                new ProfileDeclaration("Goal", "http://renkei.jp/fhir/StructureDefinition/renkei-goal"),
                new ProfileDeclaration("Bundle", "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet"),
                new ProfileDeclaration("Composition",
                        "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition"));
        assertThat(declarations).extracting(ProfileDeclaration::resourceType).doesNotContain("Extension");
    }

    @Test
    void readsTheConformanceResourcesButNotTheExamples() {
        var resources = new RenkeiProfiles(FhirContext.forR4Cached()).conformanceResources();

        assertThat(resources).extracting(resource -> resource.getIdElement().getIdPart())
                .contains("renkei-support-plan", "renkei-medical-procedure", "renkei-recipient-kind")
                .doesNotContain("renkei-support-plan-example");
        assertThat(resources).extracting(resource -> resource.getResourceType().name())
                .containsOnly("StructureDefinition", "CodeSystem", "ValueSet");
    }

    @Test
    void readsTheValidExamplesButNotTheInvalidOnes() {
        var examples = new RenkeiProfiles(FhirContext.forR4Cached()).validExamples();

        assertThat(examples).extracting(resource -> resource.getIdElement().getIdPart())
                .contains("renkei-support-plan-example", "renkei-referral-task-example")
                .noneMatch(id -> id.startsWith("invalid-"));
        assertThat(examples).extracting(resource -> resource.getResourceType().name())
                .doesNotContain("StructureDefinition", "CodeSystem", "ValueSet");
    }
}
