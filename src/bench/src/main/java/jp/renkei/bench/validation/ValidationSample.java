package jp.renkei.bench.validation;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;

/** A resource the benchmark validates, and how many resources it holds (a Bundle's entries, contained ones). */
record ValidationSample(String name, Resource resource) {

	int resourceCount() {
		if (resource instanceof Bundle bundle) {
			return 1 + bundle.getEntry().size();
		}
		return 1 + (resource instanceof DomainResource domain ? domain.getContained().size() : 0);
	}
}
