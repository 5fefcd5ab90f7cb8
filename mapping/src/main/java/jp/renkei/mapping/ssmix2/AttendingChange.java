package jp.renkei.mapping.ssmix2;

import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterParticipantComponent;

/**
 * ADT-01 (担当医の変更, A54, and its cancellation A55) changes who is responsible for a stay and nothing else. Its PV1
 * repeats the rest (bed, dates), and JAMI gives the event in-progress; written as it comes, a doctor corrected on the
 * record after the discharge would make the patient an inpatient again. Applied to the stored Encounter of the
 * admission, it takes the file's doctors, role by role (attending PV1-7, admitting PV1-17: a role the file leaves
 * empty keeps its doctor), names the file as the Encounter's source and keeps the stay's status, period, beds and
 * discharge. With no stored Encounter the file's is written as it is.
 */
public final class AttendingChange {

    public static final String DATA_TYPE = "ADT-01";

    private AttendingChange() {
    }

    /** The stored Encounter with the file's doctors; the stored one is not changed. */
    public static Encounter applyTo(Encounter stored, Encounter file) {
        Encounter changed = stored.copy();
        changed.setIdElement(null);
        changed.getMeta().setVersionId(null).setLastUpdated(null).setSource(file.getMeta().getSource());
        Set<String> roles = file.getParticipant().stream().map(AttendingChange::role).collect(Collectors.toSet());
        changed.getParticipant().removeIf(participant -> roles.contains(role(participant)));
        file.getParticipant().forEach(participant -> changed.addParticipant(participant.copy()));
        return changed;
    }

    private static String role(EncounterParticipantComponent participant) {
        return participant.getTypeFirstRep().getCodingFirstRep().getCode();
    }
}
