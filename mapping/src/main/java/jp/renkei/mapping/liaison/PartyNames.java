package jp.renkei.mapping.liaison;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * The names of the people, organizations and things a narrative mentions: the reference's display when the source
 * wrote one, else the name of the resource it points at, else nothing.
 */
final class PartyNames {

    private static final String REPRESENTATION =
            "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

    private final SourceRecord record;

    PartyNames(SourceRecord record) {
        this.record = record;
    }

    String of(Reference reference) {
        if (reference.hasDisplay()) {
            return reference.getDisplay();
        }
        return record.resolve(reference).map(this::nameOf).orElse("");
    }

    boolean isPatient(Reference reference) {
        return record.isPatient(reference);
    }

    String nameOf(Resource resource) {
        if (resource instanceof Patient patient) {
            return name(patient.getName());
        } else if (resource instanceof RelatedPerson person) {
            return name(person.getName());
        } else if (resource instanceof Practitioner practitioner) {
            return name(practitioner.getName());
        } else if (resource instanceof Organization organization) {
            return organization.getName() == null ? "" : organization.getName();
        } else if (resource instanceof PractitionerRole role) {
            return of(role.getPractitioner());
        } else if (resource instanceof CareTeam team) {
            return team.getName() == null ? "" : team.getName();
        } else if (resource instanceof Location location) {
            return location.getName() == null ? "" : location.getName();
        } else if (resource instanceof Medication medication) {
            return Texts.of(medication.getCode());
        }
        return "";
    }

    /**
     * The written name (kanji) rather than its reading (kana, marked SYL by JP Core's representation extension);
     * the reading only when there is nothing else.
     */
    static String name(List<HumanName> names) {
        return names.stream()
                .filter(name -> !"SYL".equals(representation(name)))
                .findFirst()
                .or(() -> names.stream().findFirst())
                .map(PartyNames::written)
                .orElse("");
    }

    private static String representation(HumanName name) {
        Extension extension = name.getExtensionByUrl(REPRESENTATION);
        return extension == null ? null : extension.getValue().primitiveValue();
    }

    private static String written(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        String given = name.getGiven().stream().map(g -> g.getValue()).collect(Collectors.joining(" "));
        return (name.hasFamily() ? name.getFamily() + " " : "") + given;
    }
}
