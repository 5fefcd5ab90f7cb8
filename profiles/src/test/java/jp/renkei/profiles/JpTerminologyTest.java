package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Codes from the JP terminology package, which is not bundled (JLAC10 lab codes, the MHLW drug master behind YJ/HOT
 * codes): the validator cannot check them, and says so as a warning, never as an error.
 */
class JpTerminologyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "jp-core-1.1.2/Observation-jp-observation-labresult-example-1.json, urn:oid:1.2.392.200119.4.504",
        "clins/MedicationRequest-Example-JP-MedReq-PO-SID-28days.json, MedicationGeneralOrderCode"})
    void codesOfAnUnavailableJpCodeSystemGiveWarningsNotErrors(String fixture, String codeSystem) {
        List<SingleValidationMessage> messages =
                SharedValidation.VALIDATOR.validate(SharedValidation.fixture(fixture)).getMessages();

        assertThat(messages).filteredOn(m -> m.getMessage().contains(codeSystem))
                .isNotEmpty()
                .allMatch(m -> m.getSeverity() == ResultSeverityEnum.WARNING
                        || m.getSeverity() == ResultSeverityEnum.INFORMATION);
        assertThat(messages).noneMatch(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
    }
}
