package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationComponent;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;

/**
 * The beds of an admission, stay by stay (Encounter.location), carried from one ADT file to the next. Each file says
 * only where the patient is now (a transfer also the bed left): written as it comes, the discharge would leave one
 * bed without its start and the transfer's first bed would be gone. So the stored stays are kept and the file's laid
 * over them, a bed being known by the identifier on its reference ({@code ssmix2-location}):
 * <ul>
 *   <li>a bed the file names updates the latest stay in it: the file's status; the start once known (a planned stay
 *       takes the actual one); the file's end, or for a completed stay the stored one when the file has none. A
 *       completed stay is reopened by a file without a start (a cancelled discharge or transfer);</li>
 *   <li>a bed with no stay yet, or whose latest stay ended before the file's start (a return to it), is a new
 *       stay;</li>
 *   <li>when the file puts the patient in a bed, a stay still active elsewhere has ended where the new one began; one
 *       that began after it (a transfer the file cancels, A12) never happened and is dropped.</li>
 * </ul>
 */
public final class BedHistory {

    private BedHistory() {
    }

    /** The stored stays with the file's laid over them, in order of first mention. */
    public static List<EncounterLocationComponent> merge(List<EncounterLocationComponent> stored,
            List<EncounterLocationComponent> incoming) {
        List<EncounterLocationComponent> stays = new ArrayList<>();
        // A stay stored without its bed's identifier (written before beds carried one) cannot be continued: the
        // file's stays replace it, as every file's did then.
        stored.stream().filter(stay -> bed(stay).isPresent()).forEach(stay -> stays.add(stay.copy()));
        List<EncounterLocationComponent> named = new ArrayList<>();
        for (EncounterLocationComponent next : incoming) {
            Optional<EncounterLocationComponent> latest = latestIn(stays, next).filter(stay -> !isOver(stay, next));
            EncounterLocationComponent stay = latest.orElseGet(() -> {
                EncounterLocationComponent added = next.copy();
                stays.add(added);
                return added;
            });
            if (latest.isPresent()) {
                update(stay, next);
            }
            named.add(stay);
        }
        named.stream().filter(stay -> stay.getStatus() == EncounterLocationStatus.ACTIVE).findFirst()
                .ifPresent(current -> endOthers(stays, named, current));
        return stays;
    }

    private static Optional<EncounterLocationComponent> latestIn(List<EncounterLocationComponent> stays,
            EncounterLocationComponent next) {
        Optional<String> bed = bed(next);
        if (bed.isEmpty()) {
            return Optional.empty();
        }
        for (int i = stays.size() - 1; i >= 0; i--) {
            if (bed.equals(bed(stays.get(i)))) {
                return Optional.of(stays.get(i));
            }
        }
        return Optional.empty();
    }

    /** A completed stay that ended before the file's stay in the same bed began. */
    private static boolean isOver(EncounterLocationComponent stay, EncounterLocationComponent next) {
        return stay.getStatus() == EncounterLocationStatus.COMPLETED && stay.getPeriod().hasEnd()
                && next.getPeriod().hasStart() && !next.getPeriod().getStart().before(stay.getPeriod().getEnd());
    }

    private static void update(EncounterLocationComponent stay, EncounterLocationComponent next) {
        Period period = stay.getPeriod();
        Period told = next.getPeriod();
        if (told.hasStart() && (!period.hasStart() || stay.getStatus() == EncounterLocationStatus.PLANNED)) {
            period.setStartElement(told.getStartElement().copy());
        }
        if (told.hasEnd() || next.getStatus() != EncounterLocationStatus.COMPLETED) {
            period.setEndElement(told.hasEnd() ? told.getEndElement().copy() : null);
        }
        stay.setStatus(next.getStatus());
        stay.setLocation(next.getLocation().copy());
    }

    private static void endOthers(List<EncounterLocationComponent> stays, List<EncounterLocationComponent> named,
            EncounterLocationComponent current) {
        Date began = current.getPeriod().getStart();
        stays.removeIf(stay -> !named.contains(stay) && stay.getStatus() == EncounterLocationStatus.ACTIVE
                && began != null && stay.getPeriod().hasStart() && stay.getPeriod().getStart().after(began));
        stays.stream()
                .filter(stay -> !named.contains(stay) && stay.getStatus() == EncounterLocationStatus.ACTIVE)
                .forEach(stay -> {
                    stay.setStatus(EncounterLocationStatus.COMPLETED);
                    if (!stay.getPeriod().hasEnd() && current.getPeriod().hasStart()) {
                        stay.getPeriod().setEndElement(current.getPeriod().getStartElement().copy());
                    }
                });
    }

    private static Optional<String> bed(EncounterLocationComponent stay) {
        Identifier identifier = stay.getLocation().getIdentifier();
        return identifier.hasSystem() && identifier.hasValue()
                ? Optional.of(identifier.getSystem() + "|" + identifier.getValue()) : Optional.empty();
    }
}
