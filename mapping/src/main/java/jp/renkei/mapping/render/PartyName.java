package jp.renkei.mapping.render;

import java.util.Optional;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/** How a form names a person or an organization (作成者, 担当者, 事業所): the resource's name, else the reference's display. */
final class PartyName {

    private final BundleEntries entries;

    PartyName(BundleEntries entries) {
        this.entries = entries;
    }

    String of(Reference reference) {
        if (reference == null) {
            return "";
        }
        return entries.resolve(reference, Resource.class).map(this::of).filter(s -> !s.isBlank())
                .orElse(reference.hasDisplay() ? reference.getDisplay() : "");
    }

    /** The organization a person acts for: a PractitionerRole's organization, or the organization itself. */
    String organizationOf(Reference reference) {
        Optional<Resource> resource = entries.resolve(reference, Resource.class);
        if (resource.orElse(null) instanceof PractitionerRole role) {
            return of(role.getOrganization());
        }
        return resource.orElse(null) instanceof Organization organization ? organization.getName() : "";
    }

    private String of(Resource resource) {
        if (resource instanceof Organization organization) {
            return organization.getName();
        }
        if (resource instanceof Practitioner practitioner) {
            return practitioner.getName().stream().findFirst().map(PartyName::text).orElse("");
        }
        if (resource instanceof RelatedPerson person) {
            return person.getName().stream().findFirst().map(PartyName::text).orElse("");
        }
        if (resource instanceof PractitionerRole role) {
            String person = of(role.getPractitioner());
            return person.isBlank() ? role.getCode().stream().findFirst().map(c -> c.getText()).orElse("") : person;
        }
        return "";
    }

    private static String text(HumanName name) {
        return name.hasText() ? name.getText() : (name.getFamily() + " " + name.getGivenAsSingleString()).trim();
    }
}
