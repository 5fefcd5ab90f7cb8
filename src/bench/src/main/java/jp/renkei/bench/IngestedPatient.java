package jp.renkei.bench;

/**
 * A patient known to exist on the server, with what the search mix queries it by.
 *
 * @param patientId relative versionless id as assigned by the server, e.g. {@code Patient/123}
 */
public record IngestedPatient(String patientId, String identifier, String familyKanji, String familyKana) {
}
