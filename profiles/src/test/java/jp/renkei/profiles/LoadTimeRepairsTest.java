package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.support.ConceptValidationOptions;
import ca.uhn.fhir.context.support.IValidationSupport.CodeValidationResult;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.exceptions.DefinitionException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/** Each load-time repair: the defect is real in the published packages, and the repaired chain no longer has it. */
class LoadTimeRepairsTest {

    private static final ValidationSupportChain CHAIN = SharedValidation.CHAIN;
    /** The packages as published: no repairs. */
    private static final ValidationSupportChain PUBLISHED =
            new ValidationSupportFactory(SharedValidation.FHIR, List.of()).create();
    private static final String SECTION_VS = DischargeSummarySectionValueSetRepair.URL;
    private static final String SECTION_CS = DischargeSummarySectionCodeRepair.URL;

    @Test
    void publishedEReferralProfileMakesTheValidatorThrowAndTheEntryPointReportsItAsOneError() {
        FhirValidator raw = SharedValidation.FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(PUBLISHED));
        IBaseResource referral = SharedValidation.fixture(SharedValidation.CLINS_REFERRAL);

        assertThatThrownBy(() -> raw.validateWithResult(referral))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Slice encountered midway through set (path = Bundle.entry");

        ValidationResult result = new DeclaredProfileValidator(SharedValidation.FHIR, PUBLISHED).validate(referral);
        assertThat(result.getMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSeverity()).isEqualTo(ResultSeverityEnum.ERROR);
            assertThat(m.getMessageId()).isEqualTo(DeclaredProfileValidator.NOT_PROCESSED);
            assertThat(m.getMessage()).contains("JP_Bundle_eReferral|1", "DefinitionException", "midway");
        });
    }

    @Test
    void repairedEReferralProfileHasNoResliceAndKeepsItsOtherSlices() {
        StructureDefinition repaired = (StructureDefinition) CHAIN.fetchStructureDefinition(EReferralObservationResliceRepair.URL);

        assertThat(repaired.getSnapshot().getElement()).noneMatch(e -> e.getId().startsWith("Bundle.entry:observation/"));
        assertThat(repaired.getSnapshot().getElement())
                .filteredOn(e -> e.getId().equals("Bundle.entry:observation")).singleElement()
                .satisfies(e -> assertThat(e.hasSlicing()).isFalse());
        assertThat(repaired.getSnapshot().getElement()).anyMatch(e -> e.getId().equals("Bundle.entry:composition"))
                .anyMatch(e -> e.getId().equals("Bundle.entry:bundleData"));
    }

    @Test
    void repairedReferralBundleStillFailsOnARealError() {
        Bundle referral = (Bundle) SharedValidation.fixture(SharedValidation.CLINS_REFERRAL);
        referral.getEntry().removeIf(e -> e.getResource() instanceof Patient);

        assertThat(errors(SharedValidation.VALIDATOR.validate(referral))).isNotEmpty();
    }

    @Test
    void preClinsReferralBundleValidatesAgainstTheJpClinsReferralProfileWithoutException() {
        Bundle referral = (Bundle) SharedValidation.fixture("ereferral/Bundle-BundleReferralExample01.json");
        referral.getMeta().getProfile().clear();
        referral.getMeta().addProfile(EReferralObservationResliceRepair.URL);
        FhirValidator raw = SharedValidation.FHIR.newValidator()
                .registerValidatorModule(new FhirInstanceValidator(CHAIN));

        assertThat(errors(raw.validateWithResult(referral))).isNotEmpty(); // an old document: a result, not an exception
    }

    @Test
    void dischargeSummarySectionValueSetHoldsTheDischargeSectionsNotTheReferralOnes() {
        assertThat(inValueSet("322")).as("322 入院時詳細 (DIS)").isTrue();
        assertThat(inValueSet("300")).as("300 構造情報 (COMMON)").isTrue();
        assertThat(inValueSet("910")).as("910 紹介先情報 (REF)").isFalse();
    }

    @Test
    void sectionCodeSystemDefinesTheCodesTheDischargeSummaryProfileFixes() {
        for (String code : DischargeSummarySectionCodeRepair.MISSING.keySet()) {
            assertThat(inCodeSystem(CHAIN, code)).as("code %s", code).isTrue();
        }
        assertThat(inCodeSystem(CHAIN, "999")).isFalse();
    }

    @Test
    void publishedSectionCodeSystemLacksThoseCodes() {
        assertThat(inCodeSystem(PUBLISHED, "362")).isFalse();
        assertThat(inCodeSystem(PUBLISHED, "360")).isTrue();
    }

    @Test
    void organizationNoAcceptsTheJpCoreAndTheJpClinsSystemsOnly() {
        Organization clins = (Organization) SharedValidation.fixture("clins/Organization-Example-JP-Org-eCS-Inst-Referral01.json");

        assertThat(errors(SharedValidation.VALIDATOR.validate(clins))).isEmpty();
        assertThat(errors(SharedValidation.VALIDATOR.validate(withOrganizationNoSystem(clins, OrganizationNoSystemRepair.JP_CORE_SYSTEM))))
                .isEmpty();
        assertThat(errors(SharedValidation.VALIDATOR.validate(withOrganizationNoSystem(clins, "urn:oid:1.2.392.100495.20.3.21"))))
                .anyMatch(m -> m.getMessage().contains(OrganizationNoSystemRepair.INVARIANT));
    }

    @Test
    void jpCoreWinsForTheCanonicalsBothJpPackagesDefine() {
        StructureDefinition consent = (StructureDefinition)
                CHAIN.fetchStructureDefinition("http://jpfhir.jp/fhir/core/StructureDefinition/JP_Consent");
        long consents = CHAIN.fetchAllStructureDefinitions().stream()
                .filter(sd -> ((StructureDefinition) sd).getUrl().equals(consent.getUrl()))
                .count();

        assertThat(consent.getVersion()).as("JP Core's copy carries no version; JP-CLINS's says 1").isNull();
        assertThat(consents).isEqualTo(1);
    }

    @Test
    void everyRepairedKnownIssueHasItsRepairAndEveryRepairItsKnownIssue() {
        KnownIssues known = KnownIssues.load();
        Set<String> repairIds = ValidationSupportFactory.knownDefectRepairs().stream()
                .map(LoadTimeRepair::knownIssueId).collect(Collectors.toSet());
        Set<String> repairedIssues = known.issues().stream()
                .filter(i -> i.handling() == KnownIssue.Handling.REPAIRED && i.repair().contains("Repair:"))
                .map(KnownIssue::id).collect(Collectors.toSet());

        assertThat(repairIds).isEqualTo(repairedIssues);
    }

    private static boolean inValueSet(String code) {
        CodeValidationResult result = CHAIN.validateCode(new ValidationSupportContext(CHAIN), new ConceptValidationOptions(),
                SECTION_CS, code, null, SECTION_VS);
        return result != null && result.isOk();
    }

    private static boolean inCodeSystem(ValidationSupportChain chain, String code) {
        CodeValidationResult result = chain.validateCode(new ValidationSupportContext(chain), new ConceptValidationOptions(),
                SECTION_CS, code, null, null);
        return result != null && result.isOk();
    }

    private static Organization withOrganizationNoSystem(Organization organization, String system) {
        Organization copy = organization.copy();
        Extension no = copy.getExtensionByUrl(OrganizationNoSystemRepair.URL);
        ((Identifier) no.getValue()).setSystem(system);
        return copy;
    }

    private static List<SingleValidationMessage> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }
}
