package jp.renkei.server.outbound;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Locale;
import java.util.Optional;

/**
 * The form a document is asked for in: FHIR (JSON or XML), an HTML page or a PDF. {@code _format} wins over the
 * {@code Accept} header, as in FHIR's own content negotiation.
 */
public enum PrintFormat {
    FHIR, HTML, PDF;

    static PrintFormat requested(RequestDetails request, PrintFormat fallback) {
        String[] formats = request.getParameters().get(Constants.PARAM_FORMAT);
        if (formats != null && formats.length > 0) {
            return named(formats[0]).orElseThrow(() -> new InvalidRequestException("_format=" + formats[0]
                    + " is not one of json, xml, html, pdf (or their media types)"));
        }
        return fromAccept(request.getHeader(Constants.HEADER_ACCEPT)).orElse(fallback);
    }

    private static Optional<PrintFormat> named(String format) {
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (name.equals("pdf") || name.equals("application/pdf")) {
            return Optional.of(PDF);
        }
        if (name.equals("html") || name.equals("text/html")) {
            return Optional.of(HTML);
        }
        return EncodingEnum.forContentType(name) != null ? Optional.of(FHIR) : Optional.empty();
    }

    /**
     * A PDF or HTML media type in the Accept header asks for that form; FHIR's own (and JSON, XML) for FHIR; anything
     * else (curl's {@code *}{@code /*}) leaves it to the operation. Browsers list text/html first and XML later: they
     * get the page.
     */
    private static Optional<PrintFormat> fromAccept(String accept) {
        if (accept == null) {
            return Optional.empty();
        }
        String value = accept.toLowerCase(Locale.ROOT);
        if (value.contains("application/pdf")) {
            return Optional.of(PDF);
        }
        if (value.contains("text/html")) {
            return Optional.of(HTML);
        }
        return value.contains("fhir") || value.contains("json") || value.contains("xml")
                ? Optional.of(FHIR) : Optional.empty();
    }
}
