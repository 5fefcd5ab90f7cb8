package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.junit.jupiter.api.Test;

class DocumentConformanceTest {

    @Test
    void strictModeRefusesADocumentWithErrorsWith422AndItsOutcome() {
        OperationOutcome errors = outcome(IssueSeverity.ERROR);

        assertThatThrownBy(() -> new DocumentConformance(true).enforce(errors))
                .isInstanceOfSatisfying(UnprocessableEntityException.class,
                        e -> assertThat(e.getOperationOutcome()).isSameAs(errors))
                .hasMessageContaining("renkei.documents.strict");
    }

    @Test
    void strictModeAcceptsAConformingDocument() {
        assertThatCode(() -> new DocumentConformance(true).enforce(outcome(IssueSeverity.INFORMATION))).doesNotThrowAnyException();
    }

    @Test
    void byDefaultADocumentWithErrorsIsKept() {
        assertThatCode(() -> new DocumentConformance(false).enforce(outcome(IssueSeverity.ERROR))).doesNotThrowAnyException();
    }

    private static OperationOutcome outcome(IssueSeverity severity) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(OperationOutcome.IssueType.PROCESSING).setDiagnostics("x");
        return outcome;
    }
}
