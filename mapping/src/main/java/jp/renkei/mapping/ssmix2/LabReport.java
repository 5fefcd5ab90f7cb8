package jp.renkei.mapping.ssmix2;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Specimen;

/**
 * One test request of a lab result message (検査要求): an OBR with the ORC after it, its OBX results and the SPM
 * (検体) of its specimen group. Mapped after JAMI's ConceptMaps segment-oml-11-obr-to-diagnosticreport,
 * -obx-to-observation and -spm-to-specimen.
 */
record LabReport(Optional<V2Segment> spm, V2Segment obr, Optional<V2Segment> orc, List<Result> results) {

    static final String OBSERVATION_CATEGORY = "http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS";
    /** JP Core's laboratory slice of DiagnosticReport.category: LOINC part LP29693-6 (Laboratory). */
    static final String LOINC = "http://loinc.org";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    /** HL7 table 0078 flags that v3 ObservationInterpretation has with the same code and meaning. */
    private static final Set<String> V3_FLAGS = Set.of("L", "H", "LL", "HH", "N", "A", "AA", "<", ">", "S", "R", "I");
    /** OBX-7 as "low-high", either side may be missing ("-5.0", "3.0-"). */
    private static final Pattern RANGE = Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)?\\s*[-～~]\\s*(\\d+(?:\\.\\d+)?)?\\s*");

    /** An OBX and the NTEs right after it (結果コメント, e.g. 溶血あり). */
    record Result(V2Segment obx, List<V2Segment> notes) {

        Result {
            notes = List.copyOf(notes);
        }

        Result withNote(V2Segment nte) {
            List<V2Segment> more = new ArrayList<>(notes);
            more.add(nte);
            return new Result(obx, more);
        }
    }

    LabReport {
        results = List.copyOf(results);
    }

    /**
     * The requests of a message in file order. SS-MIX2 OUL^R22 groups results under a specimen: an SPM is followed
     * by OBRs, each with its ORC and OBXs, an OBX by its NTE comments. An NTE elsewhere (after an OBR) is not read.
     */
    static List<LabReport> of(Ssmix2Message message) {
        List<LabReport> reports = new ArrayList<>();
        Optional<V2Segment> spm = Optional.empty();
        V2Segment obr = null;
        Optional<V2Segment> orc = Optional.empty();
        List<Result> results = new ArrayList<>();
        for (V2Segment segment : message.segments()) {
            switch (segment.name()) {
                case "SPM", "OBR" -> {
                    if (obr != null) {
                        reports.add(new LabReport(spm, obr, orc, results));
                        obr = null;
                    }
                    if (segment.name().equals("SPM")) {
                        spm = Optional.of(segment);
                    } else {
                        obr = segment;
                        orc = Optional.empty();
                        results = new ArrayList<>();
                    }
                }
                case "ORC" -> orc = Optional.of(segment);
                case "OBX" -> {
                    if (obr == null) {
                        throw new MappingException(message.fileName(), "OBX", "", "an OBX comes before any OBR");
                    }
                    results.add(new Result(segment, List.of()));
                }
                case "NTE" -> {
                    if (obr != null && !results.isEmpty()) {
                        results.add(results.remove(results.size() - 1).withNote(segment));
                    }
                }
                default -> { }
            }
        }
        if (obr != null) {
            reports.add(new LabReport(spm, obr, orc, results));
        }
        return reports;
    }

    /** The OBR's set ID (OBR-1), which keys the report; its OBXs are keyed within it. */
    String setId() {
        return PatientMessageMapper.setId(obr);
    }

    /** ORC-2 (or OBR-2) placer order number (依頼者オーダ番号) in the hospital's order-number system. */
    Optional<Identifier> orderNumber(HospitalIdentity hospital) {
        return orc.flatMap(o -> o.optional(2)).or(() -> obr.optional(2))
                .map(number -> new Identifier().setSystem(hospital.orderNumberSystem()).setValue(number));
    }

    /** SPM → JP_Specimen: SPM-4 type (JLAC10 material), SPM-8 site, SPM-17 collection time, SPM-2 specimen ID. */
    static Specimen specimen(V2Segment spm, V2CodeSystems codeSystems, HospitalIdentity hospital, Reference patient,
            boolean deleted) {
        Specimen specimen = new Specimen();
        specimen.getMeta().addProfile(JpCoreProfiles.SPECIMEN);
        if (deleted) {
            specimen.setStatus(Specimen.SpecimenStatus.ENTEREDINERROR);
        }
        spm.optional(2).ifPresent(id -> specimen.setAccessionIdentifier(
                new Identifier().setSystem(hospital.specimenSystem()).setValue(id)));
        if (!spm.code(4).isEmpty()) {
            specimen.setType(codeSystems.conceptWithAlternate(spm, 4));
        }
        specimen.setSubject(patient);
        if (!spm.code(8).isEmpty()) {
            specimen.getCollection().setBodySite(codeSystems.concept(spm.code(8)));
        }
        spm.optional(17).ifPresent(time -> specimen.getCollection().setCollected(V2Time.dateTime(spm, 17, time)));
        return specimen;
    }

    /** OBX → JP_Observation_LabResult; the NTE-3 comments after it → note. */
    Observation observation(Result result, V2CodeSystems codeSystems, Reference patient,
            Optional<Reference> specimen, boolean deleted) {
        V2Segment obx = result.obx();
        Observation observation = new Observation();
        observation.getMeta().addProfile(JpCoreProfiles.OBSERVATION_LAB_RESULT);
        observation.setStatus(deleted ? Observation.ObservationStatus.ENTEREDINERROR : status(obx.text(11)));
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "laboratory", null)));
        V2Code code = obx.code(3);
        if (code.code().isEmpty()) {
            throw obx.missing(3, "observation identifier (検査項目)");
        }
        CodeableConcept concept = codeSystems.conceptWithAlternate(obx, 3);
        if (!concept.hasText()) {
            // JP Core requires code.text; the code is all the sender gave.
            concept.setText(code.code());
        }
        observation.setCode(concept);
        observation.setSubject(patient);
        observation.setEffective(effective(obx));
        new ObservationSegment(codeSystems).value(obx, observation);
        obx.optional(7).ifPresent(range -> observation.addReferenceRange(referenceRange(range, observation)));
        for (int rep = 0; rep < obx.repetitions(8); rep++) {
            String flag = obx.text(8, rep, 1);
            if (!flag.isEmpty()) {
                observation.addInterpretation(interpretation(flag, codeSystems));
            }
        }
        specimen.ifPresent(observation::setSpecimen);
        result.notes().forEach(nte -> comment(nte).ifPresent(text -> observation.addNote().setText(text)));
        return observation;
    }

    /**
     * OBR → JP_DiagnosticReport_LabResult: OBR-4 code, OBR-7/OBR-8 period, OBR-22 issued, the Observations as
     * results. Final when the order is complete (ORC-5 CM) or every result is final or corrected; partial otherwise.
     */
    DiagnosticReport report(V2CodeSystems codeSystems, Reference patient, Optional<Reference> specimen,
            List<Reference> observations, boolean deleted) {
        DiagnosticReport report = new DiagnosticReport();
        report.getMeta().addProfile(JpCoreProfiles.DIAGNOSTIC_REPORT_LAB_RESULT);
        report.setStatus(deleted ? DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR : reportStatus());
        report.addCategory(new CodeableConcept(new Coding(LOINC, "LP29693-6", "Laboratory")));
        V2Code code = obr.code(4);
        if (code.isEmpty()) {
            throw obr.missing(4, "universal service identifier (検査項目ID)");
        }
        report.setCode(codeSystems.conceptWithAlternate(obr, 4));
        report.setSubject(patient);
        obr.optional(7).ifPresent(start -> {
            Period period = new Period().setStartElement(V2Time.dateTime(obr, 7, start));
            obr.optional(8).ifPresent(end -> period.setEndElement(V2Time.dateTime(obr, 8, end)));
            report.setEffective(period);
        });
        obr.optional(22).map(time -> V2Time.dateTime(obr, 22, time))
                .filter(time -> time.getPrecision().ordinal() >= TemporalPrecisionEnum.SECOND.ordinal())
                .ifPresent(time -> report.setIssuedElement(new InstantType(time.getValueAsString())));
        specimen.ifPresent(report::addSpecimen);
        observations.forEach(report::addResult);
        return report;
    }

    private DiagnosticReport.DiagnosticReportStatus reportStatus() {
        boolean complete = orc.map(o -> o.text(5).equals("CM")).orElse(false)
                || !results.isEmpty()
                        && results.stream().allMatch(result -> Set.of("F", "C").contains(result.obx().text(11)));
        return complete ? DiagnosticReport.DiagnosticReportStatus.FINAL : DiagnosticReport.DiagnosticReportStatus.PARTIAL;
    }

    /** OBX-11 (table 0085): P preliminary, C corrected, D/W entered in error, else final (JAMI fixes final). */
    private static Observation.ObservationStatus status(String resultStatus) {
        return switch (resultStatus) {
            case "P" -> Observation.ObservationStatus.PRELIMINARY;
            case "C" -> Observation.ObservationStatus.CORRECTED;
            case "D", "W" -> Observation.ObservationStatus.ENTEREDINERROR;
            default -> Observation.ObservationStatus.FINAL;
        };
    }

    /** OBX-14 (検査日時); JP Core requires an effective time, so OBR-7 (採取日時) when the OBX has none. */
    private DateTimeType effective(V2Segment obx) {
        if (obx.optional(14).isPresent()) {
            return V2Time.dateTime(obx, 14, obx.text(14));
        }
        return V2Time.dateTime(obr, 7, obr.optional(7).orElseThrow(
                () -> obx.missing(14, "observation date-time (OBX-14 or OBR-7; JP Core requires effective)")));
    }

    /** OBX-7 "low-high" in the value's unit; anything else (e.g. "陰性") as text only. */
    private static Observation.ObservationReferenceRangeComponent referenceRange(String range, Observation observation) {
        Observation.ObservationReferenceRangeComponent component = new Observation.ObservationReferenceRangeComponent();
        component.setText(range);
        Matcher m = RANGE.matcher(range);
        if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
            Quantity unit = observation.hasValueQuantity() ? observation.getValueQuantity() : new Quantity();
            if (m.group(1) != null) {
                component.setLow(limit(m.group(1), unit));
            }
            if (m.group(2) != null) {
                component.setHigh(limit(m.group(2), unit));
            }
        }
        return component;
    }

    private static Quantity limit(String value, Quantity unit) {
        Quantity limit = new Quantity().setValue(new BigDecimal(value));
        if (unit.hasCode()) {
            limit.setUnit(unit.getUnit()).setSystem(unit.getSystem()).setCode(unit.getCode());
        }
        return limit;
    }

    /** NTE-3 comment, its repetitions as lines. */
    private static Optional<String> comment(V2Segment nte) {
        List<String> lines = new ArrayList<>();
        for (int rep = 0; rep < nte.repetitions(3); rep++) {
            nte.optional(3, rep, 1).ifPresent(lines::add);
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** OBX-8 abnormal flag (異常フラグ, table 0078): the codes v3 shares; others in the sender's table. */
    private static CodeableConcept interpretation(String flag, V2CodeSystems codeSystems) {
        if (V3_FLAGS.contains(flag)) {
            return new CodeableConcept(new Coding(INTERPRETATION, flag, null));
        }
        return new CodeableConcept(new Coding(codeSystems.uri("HL70078"), flag, null));
    }
}
