package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class BedHistoryTest {

    private static final EncounterLocationStatus ACTIVE = EncounterLocationStatus.ACTIVE;
    private static final EncounterLocationStatus COMPLETED = EncounterLocationStatus.COMPLETED;
    private static final EncounterLocationStatus PLANNED = EncounterLocationStatus.PLANNED;

    @Test
    void admissionTransferAndDischargeKeepBothStaysWithTheirPeriods() {
        List<EncounterLocationComponent> admitted = BedHistory.merge(List.of(),
                List.of(stay("5W", ACTIVE, "2024-01-08T09:30:00+09:00", null)));
        List<EncounterLocationComponent> transferred = BedHistory.merge(stored(admitted), List.of(
                stay("5W", COMPLETED, null, "2024-01-12T14:30:00+09:00"),
                stay("6E", ACTIVE, "2024-01-12T14:30:00+09:00", null)));
        List<EncounterLocationComponent> discharged = BedHistory.merge(stored(transferred),
                List.of(stay("6E", COMPLETED, null, "2024-01-20T10:00:00+09:00")));

        assertThat(describe(discharged)).containsExactly(
                "5W completed 2024-01-08T09:30:00+09:00..2024-01-12T14:30:00+09:00 Location/5W",
                "6E completed 2024-01-12T14:30:00+09:00..2024-01-20T10:00:00+09:00 urn:uuid:6E");
    }

    @Test
    void theFilesReferenceReplacesTheStoredOneSoThatItIsResolvedInTheTransaction() {
        List<EncounterLocationComponent> merged = BedHistory.merge(
                stored(List.of(stay("5W", ACTIVE, "2024-01-08", null))),
                List.of(stay("5W", COMPLETED, null, "2024-01-20")));

        assertThat(merged.get(0).getLocation().getReference()).isEqualTo("urn:uuid:5W");
    }

    @Test
    void aTransferWithoutTheBedLeftEndsTheStayThereWhenTheNewOneBegins() {
        List<EncounterLocationComponent> merged = BedHistory.merge(
                stored(List.of(stay("5W", ACTIVE, "2024-01-08", null))),
                List.of(stay("6E", ACTIVE, "2024-01-12", null)));

        assertThat(describe(merged)).containsExactly("5W completed 2024-01-08..2024-01-12 Location/5W",
                "6E active 2024-01-12.. urn:uuid:6E");
    }

    @Test
    void aCancelledTransferDropsTheStayThatNeverHappenedAndReopensTheBedLeft() {
        List<EncounterLocationComponent> transferred = stored(List.of(
                stay("5W", COMPLETED, "2024-01-08", "2024-01-12"), stay("6E", ACTIVE, "2024-01-12", null)));

        List<EncounterLocationComponent> merged = BedHistory.merge(transferred, List.of(stay("5W", ACTIVE, null, null)));

        assertThat(describe(merged)).containsExactly("5W active 2024-01-08.. urn:uuid:5W");
    }

    @Test
    void aPlannedStayTakesTheActualStartAndACancelledDischargeReopensTheStay() {
        List<EncounterLocationComponent> planned = stored(List.of(stay("5W", PLANNED, "2024-01-07", null)));
        List<EncounterLocationComponent> admitted = BedHistory.merge(planned,
                List.of(stay("5W", ACTIVE, "2024-01-08", null)));
        List<EncounterLocationComponent> discharged = BedHistory.merge(stored(admitted),
                List.of(stay("5W", COMPLETED, null, "2024-01-20")));
        List<EncounterLocationComponent> dischargeCancelled = BedHistory.merge(stored(discharged),
                List.of(stay("5W", ACTIVE, null, null)));

        assertThat(describe(admitted)).containsExactly("5W active 2024-01-08.. urn:uuid:5W");
        assertThat(describe(dischargeCancelled)).containsExactly("5W active 2024-01-08.. urn:uuid:5W");
    }

    @Test
    void aReturnToABedLaterInTheStayIsANewStayInIt() {
        List<EncounterLocationComponent> history = stored(List.of(
                stay("5W", COMPLETED, "2024-01-08", "2024-01-12"), stay("6E", ACTIVE, "2024-01-12", null)));

        List<EncounterLocationComponent> merged = BedHistory.merge(history, List.of(
                stay("6E", COMPLETED, null, "2024-01-15"), stay("5W", ACTIVE, "2024-01-15", null)));

        assertThat(describe(merged)).containsExactly("5W completed 2024-01-08..2024-01-12 Location/5W",
                "6E completed 2024-01-12..2024-01-15 urn:uuid:6E", "5W active 2024-01-15.. urn:uuid:5W");
    }

    @Test
    void aStayStoredWithoutItsBedsIdentifierIsReplacedByTheFilesAsBefore() {
        EncounterLocationComponent older = stay("5W", ACTIVE, "2024-01-08", null);
        older.getLocation().setIdentifier(null);

        List<EncounterLocationComponent> merged = BedHistory.merge(List.of(older),
                List.of(stay("5W", COMPLETED, null, "2024-01-20")));

        assertThat(describe(merged)).containsExactly("5W completed ..2024-01-20 urn:uuid:5W");
    }

    /** A stay as a file maps it: a placeholder reference with the bed's identifier. */
    private static EncounterLocationComponent stay(String bed, EncounterLocationStatus status, String start,
            String end) {
        EncounterLocationComponent stay = new EncounterLocationComponent().setStatus(status);
        stay.setLocation(new Reference("urn:uuid:" + bed)
                .setIdentifier(new Identifier().setSystem("http://renkei.jp/fhir/NamingSystem/ssmix2-location/x")
                        .setValue(bed)));
        if (start != null) {
            stay.getPeriod().setStartElement(new DateTimeType(start));
        }
        if (end != null) {
            stay.getPeriod().setEndElement(new DateTimeType(end));
        }
        return stay;
    }

    /** As the server stored them: the placeholders resolved to ids. */
    private static List<EncounterLocationComponent> stored(List<EncounterLocationComponent> stays) {
        return stays.stream().map(stay -> {
            EncounterLocationComponent copy = stay.copy();
            copy.getLocation().setReference("Location/" + copy.getLocation().getIdentifier().getValue());
            return copy;
        }).toList();
    }

    private static List<String> describe(List<EncounterLocationComponent> stays) {
        return stays.stream().map(stay -> stay.getLocation().getIdentifier().getValue() + " "
                + stay.getStatus().toCode() + " "
                + (stay.getPeriod().hasStart() ? stay.getPeriod().getStartElement().getValueAsString() : "") + ".."
                + (stay.getPeriod().hasEnd() ? stay.getPeriod().getEndElement().getValueAsString() : "") + " "
                + stay.getLocation().getReference()).toList();
    }
}
