package jp.renkei.bench;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The one way the generators put a resource into a transaction Bundle. */
final class TransactionEntries {

	private TransactionEntries() {
	}

	/** Adds {@code resource} as a POST entry under {@code urn:uuid:<uuid>} and returns a reference to it. */
	static Reference post(Bundle bundle, UUID uuid, Resource resource) {
		String fullUrl = "urn:uuid:" + uuid;
		bundle.addEntry()
				.setFullUrl(fullUrl)
				.setResource(resource)
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl(resource.fhirType());
		return new Reference(fullUrl);
	}
}
