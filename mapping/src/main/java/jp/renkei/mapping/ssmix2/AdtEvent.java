package jp.renkei.mapping.ssmix2;

import java.util.Arrays;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;

/**
 * The trigger events (MSH-9.2) of SS-MIX2 ADT-01 (attending doctor), ADT-12 (outpatient reception) and ADT-21 …
 * ADT-52 (inpatient) with the Encounter status and location status
 * JAMI's table maps v2-0003-to-encounterstatus and v2-0003-to-encounterlocationstatus give them. Each event has a
 * cancellation event (取消), which a file with the deleted flag stands for when it withdraws an event of an admission
 * that itself stands (transfer, leave, return, discharge).
 */
enum AdtEvent {
    A04("外来診察の受付", EncounterStatus.ARRIVED, EncounterLocationStatus.ACTIVE, "A11"),
    A54("担当医の変更", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, "A55"),
    A55("担当医の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, null),
    A14("入院予定", EncounterStatus.PLANNED, EncounterLocationStatus.PLANNED, "A27"),
    A27("入院予定の取消", EncounterStatus.CANCELLED, EncounterLocationStatus.PLANNED, null),
    A01("入院実施", EncounterStatus.ARRIVED, EncounterLocationStatus.ACTIVE, "A11"),
    A11("入院実施・外来受付の取消", EncounterStatus.CANCELLED, EncounterLocationStatus.ACTIVE, null),
    A21("外出泊実施", EncounterStatus.ONLEAVE, EncounterLocationStatus.ACTIVE, "A52"),
    A52("外出泊実施の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, null),
    A22("外出泊帰院実施", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, "A53"),
    A53("外出泊帰院実施の取消", EncounterStatus.ONLEAVE, EncounterLocationStatus.ACTIVE, null),
    A15("転科・転棟予定", EncounterStatus.INPROGRESS, EncounterLocationStatus.PLANNED, "A26"),
    A26("転科・転棟予定の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.PLANNED, null),
    A02("転科・転棟実施", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, "A12"),
    A12("転科・転棟実施の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, null),
    A16("退院予定", EncounterStatus.INPROGRESS, EncounterLocationStatus.PLANNED, "A25"),
    A25("退院予定の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.PLANNED, null),
    A03("退院実施", EncounterStatus.FINISHED, EncounterLocationStatus.COMPLETED, "A13"),
    A13("退院実施の取消", EncounterStatus.INPROGRESS, EncounterLocationStatus.ACTIVE, null);

    private final String japanese;
    private final EncounterStatus status;
    private final EncounterLocationStatus locationStatus;
    private final String cancellation;

    AdtEvent(String japanese, EncounterStatus status, EncounterLocationStatus locationStatus, String cancellation) {
        this.japanese = japanese;
        this.status = status;
        this.locationStatus = locationStatus;
        this.cancellation = cancellation;
    }

    static Optional<AdtEvent> of(String code) {
        return Arrays.stream(values()).filter(event -> event.name().equals(code)).findFirst();
    }

    String japanese() {
        return japanese;
    }

    EncounterStatus status() {
        return status;
    }

    EncounterLocationStatus locationStatus() {
        return locationStatus;
    }

    /** The event that undoes this one; a cancellation is its own (a withdrawn cancellation cannot be told apart). */
    AdtEvent cancellation() {
        return cancellation == null ? this : valueOf(cancellation);
    }

    boolean isCancellation() {
        return cancellation == null;
    }
}
