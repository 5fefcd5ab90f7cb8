package jp.renkei.mapping.ssmix2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;

/**
 * One drug order (薬剤オーダ): an RXE with the ORC of its order and the TQ1, RXR and RXC after it, numbered by its RP
 * (剤グループ, ORC-4) and its place in the RP. A prescription (OMP-01) names its drug in RXE-2 and is mapped here to
 * JP_MedicationRequest after JAMI's ConceptMap segment-omp-01-rxe-to-medicationrequest; an injection (OMP-02) names
 * its drugs in the RXCs and is mapped by {@link InjectionOrder} from the same parts.
 */
record DrugOrder(V2Segment orc, V2Segment rxe, List<V2Segment> timings, List<V2Segment> routes,
        List<V2Segment> components, String rpNumber, int orderInRp) {

    static final String RP_NUMBER = "urn:oid:1.2.392.100495.20.3.81";
    static final String ORDER_IN_RP = "urn:oid:1.2.392.100495.20.3.82";
    static final String USAGE_DURATION =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_UsageDuration";
    static final String PERIOD_OF_USE =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_PeriodOfUse";
    /** JP Core's dose types (力価区分): 1 製剤量. SS-MIX2 gives RXE-3/RXE-5 as the amount of the product. */
    static final String DOSE_TYPE = "urn:oid:1.2.392.100495.20.2.22";
    private static final String UCUM = "http://unitsofmeasure.org";
    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    /**
     * The drugs of a message in file order. An ORC applies to the RXEs after it; TQ1, RXR and RXC belong to the RXE
     * before them. An ORC without ORC-4 (the RP number, which JP Core requires) is numbered by its place among the ORCs.
     */
    static List<DrugOrder> of(Ssmix2Message message) {
        List<V2Segment> segments = message.segments();
        List<DrugOrder> drugs = new ArrayList<>();
        Map<String, Integer> drugsPerRp = new HashMap<>();
        V2Segment orc = null;
        String rp = "";
        int orcs = 0;
        for (int i = 0; i < segments.size(); i++) {
            V2Segment segment = segments.get(i);
            if (segment.name().equals("ORC")) {
                orc = segment;
                orcs++;
                rp = segment.optional(4).orElse(String.valueOf(orcs));
            } else if (segment.name().equals("RXE")) {
                if (orc == null) {
                    throw new MappingException(message.fileName(), "RXE", "", "an RXE comes before any ORC");
                }
                List<V2Segment> timings = new ArrayList<>();
                List<V2Segment> routes = new ArrayList<>();
                List<V2Segment> components = new ArrayList<>();
                for (int j = i + 1; j < segments.size() && !Set.of("RXE", "ORC").contains(segments.get(j).name()); j++) {
                    switch (segments.get(j).name()) {
                        case "TQ1" -> timings.add(segments.get(j));
                        case "RXR" -> routes.add(segments.get(j));
                        case "RXC" -> components.add(segments.get(j));
                        default -> { }
                    }
                }
                drugs.add(new DrugOrder(orc, segment, timings, routes, components, rp,
                        drugsPerRp.merge(rp, 1, Integer::sum)));
            }
        }
        return drugs;
    }

    /** The record identifier's set part: RP number and place in the RP, e.g. {@code RXE.2.1}. */
    String setId() {
        return rpNumber + "." + orderInRp;
    }

    /**
     * The order item identifier (オーダ内の薬剤) an administration refers to: ORC-2 order number, RP and place in the RP,
     * e.g. {@code 000000011000185.1.2} in Renkei's {@code ssmix2-order-item} system. Empty without ORC-2.
     */
    static Optional<Identifier> orderItem(HospitalIdentity hospital, V2Segment orc, String rpNumber, int orderInRp) {
        return orc.optional(2).map(order -> new Identifier().setSystem(hospital.orderItemSystem())
                .setValue(order + "." + rpNumber + "." + orderInRp));
    }

    /** JP_MedicationRequest for a prescription: RXE-2 drug, dose, daily dose, usage, route, dispense amount. */
    MedicationRequest medicationRequest(HospitalIdentity hospital, V2CodeSystems codeSystems, Reference patient,
            boolean deleted) {
        MedicationRequest request = request(hospital, patient, deleted, JpCoreProfiles.MEDICATION_REQUEST);
        request.setMedication(medication(codeSystems));
        request.addDosageInstruction(dosage(codeSystems));
        dispenseQuantity(codeSystems).ifPresent(request.getDispenseRequest()::setQuantity);
        duration().ifPresent(days -> request.getDispenseRequest().setExpectedSupplyDuration(days));
        return request;
    }

    /** What every drug order has, whatever its kind: identifiers, status, intent, patient, date and the doctors. */
    MedicationRequest request(HospitalIdentity hospital, Reference patient, boolean deleted, String profile) {
        MedicationRequest request = new MedicationRequest();
        request.getMeta().addProfile(profile);
        request.addIdentifier(new Identifier().setSystem(RP_NUMBER).setValue(rpNumber));
        request.addIdentifier(new Identifier().setSystem(ORDER_IN_RP).setValue(String.valueOf(orderInRp)));
        orc.optional(2).ifPresent(order -> request.addIdentifier(
                new Identifier().setSystem(hospital.prescriptionIdSystem()).setValue(order)));
        orderItem(hospital, orc, rpNumber, orderInRp).ifPresent(request::addIdentifier);
        request.setStatus(deleted ? MedicationRequestStatus.ENTEREDINERROR : status());
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.setSubject(patient);
        request.setAuthoredOnElement(authoredOn());
        StaffReference.of(hospital, orc, 12).ifPresent(request::setRequester);
        StaffReference.of(hospital, orc, 10).ifPresent(request::setRecorder);
        return request;
    }

    private MedicationRequestStatus status() {
        return switch (OrderState.of(orc)) {
            case CANCELLED -> MedicationRequestStatus.CANCELLED;
            case STOPPED -> MedicationRequestStatus.STOPPED;
            case ON_HOLD -> MedicationRequestStatus.ONHOLD;
            case COMPLETED -> MedicationRequestStatus.COMPLETED;
            case ACTIVE -> MedicationRequestStatus.ACTIVE;
        };
    }

    /** RXE-2 (HOT9 or YJ code of the product) plus RXE-31 (supplementary code, e.g. a YJ code beside HOT9). */
    private CodeableConcept medication(V2CodeSystems codeSystems) {
        V2Code code = rxe.code(2);
        if (code.isEmpty()) {
            throw rxe.missing(2, "give code (与薬コード)");
        }
        CodeableConcept medication = codeSystems.conceptWithAlternate(rxe, 2);
        for (int rep = 0; rep < rxe.repetitions(31); rep++) {
            V2Code supplementary = rxe.code(31, rep);
            if (!supplementary.code().isEmpty()) {
                medication.addCoding(codeSystems.coding(supplementary));
            }
        }
        return medication;
    }

    /** RXE-32 (original order date-time), which JAMI maps; senders that leave it empty have ORC-9 (transaction). */
    private org.hl7.fhir.r4.model.DateTimeType authoredOn() {
        if (rxe.optional(32).isPresent()) {
            return V2Time.dateTime(rxe, 32, rxe.text(32));
        }
        return V2Time.dateTime(orc, 9, orc.optional(9).orElseThrow(
                () -> orc.missing(9, "order date-time (RXE-32 or ORC-9, JP Core requires authoredOn)")));
    }

    private Dosage dosage(V2CodeSystems codeSystems) {
        Dosage dosage = new Dosage();
        duration().ifPresent(days -> dosage.addExtension(USAGE_DURATION, days));
        periodOfUse().ifPresent(period -> dosage.addExtension(PERIOD_OF_USE, period));
        usage().ifPresent(usage -> {
            dosage.getTiming().setCode(codeSystems.concept(usage));
            if (!usage.text().isEmpty()) {
                dosage.setText(usage.text());
            }
        });
        route(dosage, codeSystems);
        Dosage.DosageDoseAndRateComponent doseAndRate = new Dosage.DosageDoseAndRateComponent();
        rxe.optional(3).ifPresent(amount -> {
            doseAndRate.setType(new CodeableConcept(new Coding(DOSE_TYPE, "1", "製剤量")));
            doseAndRate.setDose(V2Quantity.of(codeSystems, rxe, 3, amount, rxe.code(5)));
        });
        // RXE-19 total daily dose (1日量): amount^unit with the unit as sub-components, per one day.
        rxe.optional(19).ifPresent(amount -> doseAndRate.setRate(new Ratio()
                .setNumerator(V2Quantity.of(codeSystems, rxe, 19, amount, rxe.subCode(19, 2)))
                .setDenominator(new Quantity().setValue(1).setUnit("日").setSystem(UCUM).setCode("d"))));
        if (doseAndRate.hasDose() || doseAndRate.hasRate()) {
            dosage.addDoseAndRate(doseAndRate);
        }
        return dosage;
    }

    /** TQ1-3 repeat pattern: the JAMI usage code (用法コード) as sub-components code&text&system. */
    Optional<V2Code> usage() {
        return timings.stream().findFirst()
                .map(tq1 -> new V2Code(tq1.text(3, 0, 1, 1), tq1.text(3, 0, 1, 2), tq1.text(3, 0, 1, 3)))
                .filter(usage -> !usage.isEmpty());
    }

    /** The first RXR's route, site and method. */
    void route(Dosage dosage, V2CodeSystems codeSystems) {
        routes.stream().findFirst().map(DrugRoute::new).ifPresent(rxr -> {
            rxr.route(codeSystems).ifPresent(dosage::setRoute);
            rxr.site(codeSystems).ifPresent(dosage::setSite);
            rxr.method(codeSystems).ifPresent(dosage::setMethod);
        });
    }

    /** RXE-10 dispense amount with RXE-11 its unit (調剤量). */
    private Optional<Quantity> dispenseQuantity(V2CodeSystems codeSystems) {
        return rxe.optional(10).map(amount -> V2Quantity.of(codeSystems, rxe, 10, amount, rxe.code(11)));
    }

    /**
     * TQ1-6 service duration (服用日数, e.g. {@code 5^d}), which JP Core puts in its usage-duration extension. JAMI's
     * segment map leaves TQ1-6 out, but the number of days is what a prescription is read for. JP Core counts it in
     * days only: the unit is read whatever its case ({@code 5^D}) and weeks are counted in days; another unit (months,
     * whose days depend on the calendar) is kept as sent.
     */
    private Optional<Duration> duration() {
        return timings.stream().findFirst().flatMap(tq1 -> tq1.optional(6).map(amount -> {
            BigDecimal value = V2Quantity.number(tq1, 6, amount);
            String unit = tq1.text(6, 2);
            return switch (unit.toLowerCase(Locale.ROOT)) {
                case "", "d", "日" -> duration(value, "日", "d");
                case "w", "wk", "週" -> duration(value.multiply(DAYS_A_WEEK), "日", "d");
                case "mo", "月" -> duration(value, "月", "mo");
                default -> duration(value, unit, null);
            };
        }));
    }

    /** A duration in UCUM when the code is known, else with the sender's unit text only. */
    private static Duration duration(BigDecimal value, String unit, String ucum) {
        Duration duration = new Duration();
        duration.setValue(value).setUnit(unit);
        if (ucum != null) {
            duration.setSystem(UCUM).setCode(ucum);
        }
        return duration;
    }

    /** TQ1-7 start and TQ1-8 end date-time (服用開始日・終了日). */
    Optional<Period> periodOfUse() {
        return timings.stream().findFirst().filter(tq1 -> tq1.optional(7).isPresent()).map(tq1 -> {
            Period period = new Period().setStartElement(V2Time.dateTime(tq1, 7, tq1.text(7)));
            tq1.optional(8).ifPresent(end -> period.setEndElement(V2Time.dateTime(tq1, 8, end)));
            return period;
        });
    }
}
