package jp.renkei.mapping.liaison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * One resource as lines of a section's Japanese narrative: names, codes' texts, dates, doses, values and contact
 * numbers, each taken from the resource; a part the resource does not have is left out, not filled in.
 */
final class ResourceSummary {

    private static final Set<String> SUSPECTED = Set.of("unconfirmed", "provisional", "differential");

    private final PartyNames names;

    ResourceSummary(PartyNames names) {
        this.names = names;
    }

    List<String> lines(Resource resource) {
        if (resource instanceof Condition condition) {
            return List.of(condition(condition));
        } else if (resource instanceof Encounter encounter) {
            return List.of(admission(encounter));
        } else if (resource instanceof DocumentReference document) {
            return List.of(line("退院時サマリー", DateText.of(document.getDateElement()), document.getDescription()));
        } else if (resource instanceof Procedure procedure) {
            return List.of(line(Texts.of(procedure.getCode()), Texts.notes(procedure.getNote())));
        } else if (resource instanceof Observation observation) {
            return List.of(assessment(observation));
        } else if (resource instanceof MedicationRequest request) {
            return List.of(line(medication(request.getMedication()), dosage(request.getDosageInstruction()),
                    Texts.notes(request.getNote())));
        } else if (resource instanceof MedicationStatement statement) {
            return List.of(line(medication(statement.getMedication()), dosage(statement.getDosage()),
                    Texts.notes(statement.getNote())));
        } else if (resource instanceof AllergyIntolerance allergy) {
            return List.of(allergy(allergy));
        } else if (resource instanceof RelatedPerson person) {
            return List.of(line(PartyNames.name(person.getName()) + parenthesised(Texts.of(person.getRelationship())),
                    Texts.telecom(person.getTelecom())));
        } else if (resource instanceof CareTeam team) {
            return careTeam(team);
        } else if (resource instanceof Communication communication) {
            return List.of(explanation(communication));
        } else if (resource instanceof CarePlan plan) {
            return carePlan(plan);
        } else if (resource instanceof Goal goal) {
            return List.of(goal(goal));
        } else if (resource instanceof Appointment appointment) {
            return List.of(appointment(appointment));
        } else if (resource instanceof Organization organization) {
            return List.of(line(organization.getName(), Texts.telecom(organization.getTelecom())));
        }
        return List.of(names.nameOf(resource));
    }

    /**
     * A suspected diagnosis (unconfirmed, JP-CLINS's 疑い病名 flag; provisional, differential) is marked （疑い）, as
     * Japanese records write it, unless its name already says so (「胃炎の疑い」).
     */
    private String condition(Condition condition) {
        boolean suspected = condition.getVerificationStatus().getCoding().stream()
                .anyMatch(c -> SUSPECTED.contains(c.getCode()));
        String name = Texts.of(condition.getCode());
        String onset = condition.hasOnsetDateTimeType()
                ? "発症 " + DateText.of(condition.getOnsetDateTimeType()) : "";
        return line(name + (suspected && !name.endsWith("疑い") ? "（疑い）" : ""), onset,
                Texts.notes(condition.getNote()));
    }

    private String admission(Encounter encounter) {
        String period = encounter.getPeriod().hasEnd() ? DateText.of(encounter.getPeriod())
                : DateText.of(encounter.getPeriod().getStartElement()) + "〜（入院中）";
        String reason = Texts.of(encounter.getReasonCode());
        return line("入院 " + period, Texts.of(encounter.getServiceType()),
                reason.isEmpty() ? "" : "入院理由: " + reason);
    }

    private String assessment(Observation observation) {
        String label = Assessment.of(observation).map(Assessment::label).orElse(Texts.of(observation.getCode()));
        String value = Assessment.of(observation).flatMap(a -> a.valueOf(observation)).map(Texts::of).orElse("");
        String when = observation.hasEffectivePeriod()
                ? "有効期間 " + DateText.of(observation.getEffectivePeriod())
                : observation.hasEffectiveDateTimeType() ? "評価日 " + DateText.of(observation.getEffectiveDateTimeType())
                : "";
        return line(label + ": " + value, when, Texts.notes(observation.getNote()));
    }

    private String medication(Type medication) {
        if (medication instanceof Reference reference) {
            return names.of(reference);
        }
        return medication instanceof org.hl7.fhir.r4.model.CodeableConcept concept ? Texts.of(concept) : "";
    }

    /** JP Core writes the whole instruction in dosageInstruction.text; dose and route when it does not. */
    private static String dosage(List<Dosage> dosages) {
        List<String> parts = new ArrayList<>();
        for (Dosage dosage : dosages) {
            if (dosage.hasText()) {
                parts.add(dosage.getText());
            } else {
                String doses = Texts.joined(dosage.getDoseAndRate().stream()
                        .filter(Dosage.DosageDoseAndRateComponent::hasDoseQuantity)
                        .map(dose -> "1回 " + Texts.of(dose.getDoseQuantity())).toList());
                parts.add(line(doses, Texts.of(dosage.getTiming().getCode()), Texts.of(dosage.getRoute())));
            }
        }
        return Texts.joined(parts);
    }

    private String allergy(AllergyIntolerance allergy) {
        String reactions = Texts.joined(allergy.getReaction().stream()
                .map(reaction -> Texts.of(reaction.getManifestation())).toList());
        return line(Texts.of(allergy.getCode()), reactions.isEmpty() ? "" : "症状: " + reactions,
                Texts.notes(allergy.getNote()));
    }

    private List<String> careTeam(CareTeam team) {
        List<String> lines = new ArrayList<>();
        lines.add(line(team.getName(), Texts.telecom(team.getTelecom()), Texts.notes(team.getNote())));
        team.getParticipant().forEach(participant -> lines.add(
                line(Texts.of(participant.getRole()), names.of(participant.getMember()))));
        return lines;
    }

    private String explanation(Communication communication) {
        String told = Texts.joined(communication.getPayload().stream()
                .filter(Communication.CommunicationPayloadComponent::hasContentStringType)
                .map(payload -> payload.getContentStringType().getValue()).toList());
        return line(DateText.of(communication.getSentElement()), told);
    }

    private List<String> carePlan(CarePlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(line(plan.getTitle(), plan.getDescription()));
        plan.getContained().stream().filter(Goal.class::isInstance).map(Goal.class::cast)
                .forEach(goal -> lines.add(goal(goal)));
        // A cancelled or mistaken activity is no longer part of the support the partner is asked for.
        plan.getActivity().stream().filter(CarePlan.CarePlanActivityComponent::hasDetail)
                .map(CarePlan.CarePlanActivityComponent::getDetail)
                .filter(detail -> detail.getStatus() != CarePlan.CarePlanActivityStatus.CANCELLED
                        && detail.getStatus() != CarePlan.CarePlanActivityStatus.ENTEREDINERROR)
                .forEach(detail -> lines.add(line(Texts.of(detail.getCode()), detail.getDescription(),
                        Texts.joined(detail.getPerformer().stream().map(names::of).toList()),
                        schedule(detail))));
        return lines;
    }

    private static String schedule(CarePlan.CarePlanActivityDetailComponent detail) {
        if (detail.hasScheduledPeriod()) {
            return DateText.of(detail.getScheduledPeriod());
        }
        return detail.hasScheduledStringType() ? detail.getScheduledStringType().getValue() : "";
    }

    private static String goal(Goal goal) {
        String due = goal.getTarget().stream().filter(Goal.GoalTargetComponent::hasDueDateType)
                .map(target -> "期日 " + DateText.of(target.getDueDateType())).findFirst().orElse("");
        String term = Texts.of(goal.getCategory());
        String description = Texts.of(goal.getDescription());
        return line(term.isEmpty() ? description : term + ": " + description, due);
    }

    private String appointment(Appointment appointment) {
        String others = Texts.joined(appointment.getParticipant().stream()
                .filter(participant -> !names.isPatient(participant.getActor()))
                .map(participant -> names.of(participant.getActor())).toList());
        return line(DateText.of(appointment.getStartElement()), appointment.getDescription(), others);
    }

    private static String parenthesised(String text) {
        return text.isEmpty() ? "" : "（" + text + "）";
    }

    /** Non-empty parts separated by a space. */
    private static String line(String... parts) {
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                line.append(line.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return line.toString();
    }
}
