package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** IN1 of ADT-00 (保険) → JP_Coverage, after JAMI's segment-adt-00-in1-to-coverage. */
final class InsuranceSegment {

    /** Insurer number (保険者番号), the system JP Core uses for it. */
    static final String INSURER_NUMBER = "urn:oid:1.2.392.100495.20.3.61";
    private static final String RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";

    private final V2CodeSystems codeSystems;

    InsuranceSegment(V2CodeSystems codeSystems) {
        this.codeSystems = codeSystems;
    }

    Coverage from(V2Segment in1, Reference patient, boolean deleted) {
        Coverage coverage = new Coverage();
        coverage.getMeta().addProfile(JpCoreProfiles.COVERAGE);
        coverage.setStatus(deleted ? Coverage.CoverageStatus.ENTEREDINERROR : Coverage.CoverageStatus.ACTIVE);
        V2Code plan = in1.code(2);
        if (!plan.isEmpty()) {
            coverage.setType(codeSystems.concept(plan));
        }
        coverage.setBeneficiary(patient);
        // The payor (保険者) is named by its insurer number; an Organization for it is the server's to resolve.
        String insurer = in1.optional(3).orElseThrow(() -> in1.missing(3, "insurer number (保険者番号)"));
        Reference payor = new Reference().setIdentifier(new Identifier().setSystem(INSURER_NUMBER).setValue(insurer));
        in1.optional(4).ifPresent(payor::setDisplay);
        coverage.addPayor(payor);
        Period period = new Period();
        in1.optional(12).ifPresent(start -> period.setStartElement(V2Time.dateTime(in1, 12, start)));
        in1.optional(13).ifPresent(end -> period.setEndElement(V2Time.dateTime(in1, 13, end)));
        if (!period.isEmpty()) {
            coverage.setPeriod(period);
        }
        V2Code relation = in1.code(17);
        if (!relation.isEmpty()) {
            String code = switch (relation.code()) {
                case "SEL" -> "self";
                case "SPO" -> "spouse";
                case "CHD" -> "child";
                default -> "other";
            };
            coverage.setRelationship(new CodeableConcept().addCoding(new Coding(RELATIONSHIP, code, null))
                    .setText(relation.text().isEmpty() ? null : relation.text()));
        }
        return coverage;
    }
}
