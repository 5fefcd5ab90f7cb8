package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * One test request of a lab order (検体検査オーダ, OML^O33): an OBR with the ORC before it, the SPM (検体) of its
 * specimen group and the OBXs that list the requested tests (依頼項目, OBX-11 O). Numbered by its place among the
 * message's OBRs, as senders restart OBR-1 per specimen.
 */
record LabOrder(Optional<V2Segment> spm, Optional<V2Segment> orc, V2Segment obr, List<V2Segment> items, int number) {

    /** The requests of a message in file order: an SPM opens a specimen group, an ORC comes before its OBR. */
    static List<LabOrder> of(Ssmix2Message message) {
        List<LabOrder> orders = new ArrayList<>();
        Optional<V2Segment> spm = Optional.empty();
        Optional<V2Segment> orc = Optional.empty();
        List<V2Segment> segments = message.segments();
        for (int i = 0; i < segments.size(); i++) {
            V2Segment segment = segments.get(i);
            switch (segment.name()) {
                case "SPM" -> spm = Optional.of(segment);
                case "ORC" -> orc = Optional.of(segment);
                case "OBR" -> orders.add(new LabOrder(spm, orc, segment, itemsAfter(segments, i), orders.size() + 1));
                case "OBX" -> {
                    if (orders.isEmpty()) {
                        throw new MappingException(message.fileName(), "OBX", "", "an OBX comes before any OBR");
                    }
                }
                default -> { }
            }
        }
        return orders;
    }

    /** The OBXs after the OBR at {@code obr}, up to the next SPM, ORC or OBR. */
    private static List<V2Segment> itemsAfter(List<V2Segment> segments, int obr) {
        List<V2Segment> items = new ArrayList<>();
        for (int j = obr + 1; j < segments.size() && !Set.of("SPM", "ORC", "OBR").contains(segments.get(j).name()); j++) {
            if (segments.get(j).name().equals("OBX")) {
                items.add(segments.get(j));
            }
        }
        return List.copyOf(items);
    }

    /** The record identifier's set part of a requested test, e.g. {@code OBR.2.OBX.1}, or of the OBR without OBXs. */
    String setId(Optional<V2Segment> obx) {
        return number + obx.map(item -> ".OBX." + PatientMessageMapper.setId(item)).orElse("");
    }

    /**
     * A ServiceRequest for one requested test: OBX-3 (JLAC10 and the hospital's code) as code, or OBR-4 when the OBR
     * lists no tests. OBR-4, the test set (e.g. 生化学的検査), is the category; ORC-2 the requisition that groups the
     * tests of one order.
     */
    ServiceRequest serviceRequest(HospitalIdentity hospital, V2CodeSystems codeSystems, Optional<V2Segment> obx,
            Reference patient, Optional<Reference> specimen, boolean deleted) {
        ServiceRequest request = new ServiceRequest();
        request.getMeta().addProfile(JpCoreProfiles.SERVICE_REQUEST);
        placerOrderNumber(hospital).ifPresent(request::setRequisition);
        request.setStatus(deleted ? ServiceRequestStatus.ENTEREDINERROR : status());
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        CodeableConcept testSet = testSet(codeSystems);
        if (obx.isPresent()) {
            request.addCategory(testSet);
            request.setCode(requestedTest(codeSystems, obx.get()));
        } else {
            request.setCode(testSet);
        }
        request.setSubject(patient);
        occurrence().ifPresent(request::setOccurrence);
        orc.flatMap(o -> o.optional(9).map(time -> V2Time.dateTime(o, 9, time))).ifPresent(request::setAuthoredOnElement);
        orc.flatMap(o -> StaffReference.of(hospital, o, 12)).or(() -> StaffReference.of(hospital, obr, 16))
                .ifPresent(request::setRequester);
        specimen.ifPresent(request::addSpecimen);
        return request;
    }

    /** ORC-2 (or OBR-2) placer order number (依頼者オーダ番号), shared by the tests of the order. */
    Optional<Identifier> placerOrderNumber(HospitalIdentity hospital) {
        return orc.flatMap(o -> o.optional(2)).or(() -> obr.optional(2))
                .map(number -> new Identifier().setSystem(hospital.orderNumberSystem()).setValue(number));
    }

    private ServiceRequestStatus status() {
        return orc.map(OrderState::of).map(state -> switch (state) {
            case CANCELLED, STOPPED -> ServiceRequestStatus.REVOKED;
            case ON_HOLD -> ServiceRequestStatus.ONHOLD;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case ACTIVE -> ServiceRequestStatus.ACTIVE;
        }).orElse(ServiceRequestStatus.ACTIVE);
    }

    /** OBR-4 universal service identifier (検査項目ID); required, as it says what is ordered. */
    private CodeableConcept testSet(V2CodeSystems codeSystems) {
        if (obr.code(4).isEmpty()) {
            throw obr.missing(4, "universal service identifier (検査項目ID)");
        }
        return codeSystems.conceptWithAlternate(obr, 4);
    }

    private static CodeableConcept requestedTest(V2CodeSystems codeSystems, V2Segment obx) {
        if (obx.code(3).code().isEmpty()) {
            throw obx.missing(3, "observation identifier (検査項目)");
        }
        return codeSystems.conceptWithAlternate(obx, 3);
    }

    /** OBR-7/OBR-8 (検査・採取日時, 終了日時), which JAMI maps to occurrencePeriod. */
    private Optional<Period> occurrence() {
        return obr.optional(7).map(start -> {
            Period period = new Period().setStartElement(V2Time.dateTime(obr, 7, start));
            obr.optional(8).ifPresent(end -> period.setEndElement(V2Time.dateTime(obr, 8, end)));
            return period;
        });
    }
}
