package jp.renkei.bench;

import org.hl7.fhir.r4.model.Bundle;

/**
 * A generated transaction Bundle and the facts about its patient that the search mix needs later.
 *
 * @param identifier value of the patient identifier in {@link SyntheticPatientBundle#PATIENT_ID_SYSTEM}
 */
public record GeneratedBundle(Bundle bundle, String identifier, String familyKanji, String familyKana) {

	public int resourceCount() {
		return bundle.getEntry().size();
	}
}
