package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.method.BaseResourceReturningMethodBinding;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The answer of an operation that prints: the FHIR resource shown (what the audit trail records) and the bytes sent,
 * in the form asked for. The operations answer by hand because HAPI returns a Binary as FHIR XML to a browser (its
 * Accept lists application/xml) and adds "Content-Disposition: attachment".
 *
 * @param shown the FHIR resource behind the answer (the document, the support plan's Bundle)
 * @param contentType the media type sent
 * @param body the bytes sent
 */
record PrintedAnswer(IBaseResource shown, String contentType, byte[] body) {

    static PrintedAnswer fhir(FhirContext fhir, ServletRequestDetails request, IBaseResource resource,
            IBaseResource shown) {
        EncodingEnum encoding = RestfulServerUtils.determineResponseEncodingWithDefault(request).getEncoding();
        String text = encoding.newParser(fhir)
                .setPrettyPrint(RestfulServerUtils.prettyPrintResponse(request.getServer(), request))
                .encodeResourceToString(resource);
        return new PrintedAnswer(shown, encoding.getResourceContentTypeNonLegacy() + ";charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8));
    }

    static PrintedAnswer html(IBaseResource shown, String page) {
        return new PrintedAnswer(shown, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static PrintedAnswer pdf(IBaseResource shown, byte[] pdf) {
        return new PrintedAnswer(shown, "application/pdf", pdf);
    }

    /**
     * Sends the answer after HAPI's outgoing-response hook, which HAPI skips for answers written by hand: the audit
     * trail commits its record there, before a byte of the answer leaves.
     */
    void send(ServletRequestDetails request) {
        if (!BaseResourceReturningMethodBinding.callOutgoingResponseHook(request, new ResponseDetails(200, shown))) {
            return;
        }
        HttpServletResponse response = request.getServletResponse();
        response.setStatus(200);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.setHeader(Constants.HEADER_CACHE_CONTROL, "no-store");
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send the answer", e);
        }
    }
}
