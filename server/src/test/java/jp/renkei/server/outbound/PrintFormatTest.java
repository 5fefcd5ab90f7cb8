package jp.renkei.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintFormatTest {

    @Test
    void formatWinsOverAccept() {
        assertThat(requested("pdf", "application/fhir+json")).isEqualTo(PrintFormat.PDF);
        assertThat(requested("text/html", "application/pdf")).isEqualTo(PrintFormat.HTML);
        assertThat(requested("json", "text/html")).isEqualTo(PrintFormat.FHIR);
        assertThat(requested("application/fhir+xml", null)).isEqualTo(PrintFormat.FHIR);
    }

    @Test
    void acceptDecidesOtherwiseAndBrowsersGetThePage() {
        assertThat(requested(null, "application/pdf")).isEqualTo(PrintFormat.PDF);
        assertThat(requested(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(PrintFormat.HTML);
        assertThat(requested(null, "application/fhir+json")).isEqualTo(PrintFormat.FHIR);
        assertThat(requested(null, "*/*")).as("left to the operation").isEqualTo(PrintFormat.HTML);
        assertThat(requested(null, null)).isEqualTo(PrintFormat.HTML);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> requested("docx", null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("docx").hasMessageContaining("json, xml, html, pdf");
    }

    private static PrintFormat requested(String format, String accept) {
        SystemRequestDetails request = new SystemRequestDetails();
        if (format != null) {
            request.setParameters(Map.of("_format", new String[] {format}));
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return PrintFormat.requested(request, PrintFormat.HTML);
    }
}
