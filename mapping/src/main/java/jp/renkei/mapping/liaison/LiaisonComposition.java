package jp.renkei.mapping.liaison;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Composition of a liaison sheet (RenkeiLiaisonSheetComposition): header (type, recipient kind and recipient,
 * subject, admission, date, author, title) and one section per code the table gives the kind, each with title,
 * code, narrative and entries, or emptyReason {@code unavailable} and 記載なし when the record has nothing for it.
 */
final class LiaisonComposition {

    static final String PROFILE = "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition";
    static final String DOCUMENT_TYPE_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-document-type";
    static final String EMPTY_REASON_SYSTEM = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
    static final TimeZone JAPAN = TimeZone.getTimeZone("Asia/Tokyo");

    private final Map<String, String> fullUrls;
    private final ResourceSummary summary;

    /**
     * @param fullUrls the fullUrl of each source resource in the document, by key
     * @param summary  how an entry reads in a narrative
     */
    LiaisonComposition(Map<String, String> fullUrls, ResourceSummary summary) {
        this.fullUrls = Map.copyOf(fullUrls);
        this.summary = summary;
    }

    Composition build(LiaisonSheetRequest request, String patientKey, Optional<String> admissionKey,
            Map<LiaisonSection, List<Resource>> sections) {
        Composition composition = new Composition();
        composition.getMeta().addProfile(PROFILE);
        composition.addExtension(LiaisonSectionTable.RECIPIENT_KIND_EXTENSION, new Coding(
                LiaisonSectionTable.RECIPIENT_KIND_SYSTEM, request.kind().code(),
                request.kind().display()));
        composition.addExtension(LiaisonSectionTable.RECIPIENT_EXTENSION, reference(SourceRecord.key(request.recipient())));
        composition.setStatus(CompositionStatus.FINAL);
        composition.setType(new CodeableConcept(new Coding(DOCUMENT_TYPE_SYSTEM, "liaison-sheet", "連携シート")));
        composition.setSubject(reference(patientKey));
        admissionKey.ifPresent(key -> composition.setEncounter(reference(key)));
        composition.setDateElement(new DateTimeType(Date.from(request.issued()), TemporalPrecisionEnum.SECOND, JAPAN));
        Reference sender = reference(SourceRecord.key(request.sender()));
        composition.addAuthor(sender);
        composition.setCustodian(sender.copy());
        composition.setTitle("連携シート（" + addressee(request) + "宛）");
        sections.forEach((section, entries) -> composition.addSection(section(section, entries)));
        return composition;
    }

    /** The recipient's name; its kind (居宅介護支援事業所 …) when the organization has none. */
    private static String addressee(LiaisonSheetRequest request) {
        return request.recipient().hasName() ? request.recipient().getName() : request.kind().display();
    }

    private SectionComponent section(LiaisonSection section, List<Resource> entries) {
        SectionComponent component = new SectionComponent();
        component.setTitle(section.display());
        component.setCode(new CodeableConcept(
                new Coding(LiaisonSectionTable.SECTION_SYSTEM, section.code(), section.display())));
        if (entries.isEmpty()) {
            component.setText(SectionNarrative.notRecorded());
            component.setEmptyReason(new CodeableConcept(
                    new Coding(EMPTY_REASON_SYSTEM, "unavailable", "Unavailable")));
            return component;
        }
        component.setText(SectionNarrative.of(entries.stream().flatMap(e -> summary.lines(e).stream()).toList()));
        entries.forEach(entry -> component.addEntry(reference(SourceRecord.key(entry))));
        return component;
    }

    private Reference reference(String key) {
        return new Reference(fullUrls.get(key));
    }
}
