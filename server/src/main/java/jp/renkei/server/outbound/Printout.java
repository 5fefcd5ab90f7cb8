package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * One document in its printed forms, each made at most once and only when needed: the HTML page, and the PDF printed
 * from it (filing a liaison sheet needs the PDF, answering may need it again).
 */
final class Printout {

    private final Bundle document;
    private final IBaseResource shown;
    private final Function<Bundle, String> page;
    private final Function<String, byte[]> printer;
    private String html;
    private byte[] pdf;

    /**
     * @param shown what the answer is taken to show (for the audit trail and the partner's read rules): the document,
     *     or the plan a support plan's Bundle is printed for
     */
    Printout(Bundle document, IBaseResource shown, Function<Bundle, String> page, Function<String, byte[]> printer) {
        this.document = document;
        this.shown = shown;
        this.page = page;
        this.printer = printer;
    }

    String html() {
        if (html == null) {
            html = page.apply(document);
        }
        return html;
    }

    byte[] pdf() {
        if (pdf == null) {
            pdf = printer.apply(html());
        }
        return pdf;
    }

    PrintedAnswer answer(PrintFormat format, FhirContext fhir, ServletRequestDetails request) {
        return switch (format) {
            case FHIR -> PrintedAnswer.fhir(fhir, request, document, shown);
            case HTML -> PrintedAnswer.html(shown, html());
            case PDF -> PrintedAnswer.pdf(shown, pdf());
        };
    }
}
