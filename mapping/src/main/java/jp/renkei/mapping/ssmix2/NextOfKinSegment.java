package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Patient;

/**
 * NK1 (近親者情報) → Patient.contact, after JAMI's ConceptMap segment-pid-to-patient: the family and others a care
 * manager or visiting nurse calls (キーパーソン). Name NK1-2 (the first of its representations: contact has one name),
 * relationship NK1-3 (HL7 table 0063), address NK1-4, phones NK1-5 (home) and NK1-6 (work), employer NK1-13 by name.
 */
final class NextOfKinSegment {

    private final V2CodeSystems codeSystems;

    NextOfKinSegment(V2CodeSystems codeSystems) {
        this.codeSystems = codeSystems;
    }

    /** The contact, or empty when the NK1 names no one and gives no way to reach anyone. */
    Optional<Patient.ContactComponent> from(V2Segment nk1) {
        Patient.ContactComponent contact = new Patient.ContactComponent();
        for (int rep = 0; rep < nk1.repetitions(2) && !contact.hasName(); rep++) {
            V2Name.of(nk1, 2, rep).ifPresent(contact::setName);
        }
        for (int rep = 0; rep < nk1.repetitions(3); rep++) {
            V2Code relationship = nk1.code(3, rep);
            if (!relationship.isEmpty()) {
                contact.addRelationship(codeSystems.concept(relationship));
            }
        }
        for (int rep = 0; rep < nk1.repetitions(4) && !contact.hasAddress(); rep++) {
            V2Address.of(nk1, 4, rep).ifPresent(contact::setAddress);
        }
        for (int rep = 0; rep < nk1.repetitions(5); rep++) {
            V2Telecom.of(nk1, 5, rep, ContactPoint.ContactPointUse.HOME).ifPresent(contact::addTelecom);
        }
        for (int rep = 0; rep < nk1.repetitions(6); rep++) {
            V2Telecom.of(nk1, 6, rep, ContactPoint.ContactPointUse.WORK).ifPresent(contact::addTelecom);
        }
        nk1.optional(13).ifPresent(employer -> contact.getOrganization().setDisplay(employer));
        boolean reachable = contact.hasName() || contact.hasTelecom() || contact.hasAddress();
        return reachable ? Optional.of(contact) : Optional.empty();
    }
}
