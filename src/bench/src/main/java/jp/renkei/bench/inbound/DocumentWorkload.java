package jp.renkei.bench.inbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;

/**
 * The JP-CLINS referral example as many documents of as many patients: each gets its own Bundle.identifier,
 * Composition.identifier and patient ID, so each is filed as a new document of a new patient (the server keys filed
 * entries on the patient's identifier).
 */
final class DocumentWorkload {

	private static final String EXAMPLE = "/fixtures/Bundle-Bundle-CLINS-Referral-Example-01.json";

	private final IParser json;
	private final String example;
	private final String runId;

	DocumentWorkload(FhirContext fhir, String runId) {
		this.json = fhir.newJsonParser();
		this.runId = runId;
		try (InputStream in = DocumentWorkload.class.getResourceAsStream(EXAMPLE)) {
			this.example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Document {@code index}, as one request. */
	List<InboundRequest> document(int index) {
		Bundle document = json.parseResource(Bundle.class, example);
		String key = runId + "-" + index;
		document.getIdentifier().setValue("bench-" + key);
		for (Bundle.BundleEntryComponent entry : document.getEntry()) {
			if (entry.getResource() instanceof Composition composition) {
				composition.getIdentifier().setValue("bench-composition-" + key);
			} else if (entry.getResource() instanceof Patient patient) {
				patient.getIdentifierFirstRep().setValue("B" + key);
			}
		}
		return List.of(new InboundRequest("/$ingest-document", "application/fhir+json",
				json.encodeResourceToString(document).getBytes(StandardCharsets.UTF_8)));
	}
}
