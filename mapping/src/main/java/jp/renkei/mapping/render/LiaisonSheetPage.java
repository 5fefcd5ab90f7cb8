package jp.renkei.mapping.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * A liaison sheet (連携シート, RenkeiLiaisonSheet) as one printable XHTML page: a form-like head with the recipient,
 * the author and the patient, then each section with its title and narrative, in the document's order.
 * Thread-safe: one instance serves all requests.
 */
public final class LiaisonSheetPage {


    private final PageTemplates templates = new PageTemplates();

    /** @param document a document Bundle whose first entry is the Composition */
    public String html(Bundle document) {
        if (document.getEntry().isEmpty() || !(document.getEntryFirstRep().getResource() instanceof Composition)) {
            throw new IllegalArgumentException("A liaison sheet starts with its Composition");
        }
        Composition composition = (Composition) document.getEntryFirstRep().getResource();
        BundleEntries entries = new BundleEntries(document);
        PatientBlock patient = entries.resolve(composition.getSubject(), Patient.class)
                .map(p -> PatientBlock.of(p, PrintedDate.localDate(composition.getDateElement())))
                .orElse(PatientBlock.UNKNOWN);
        return templates.render("liaison-sheet", Map.of(
                "header", header(composition, entries),
                "patient", patient,
                "sections", sections(composition)));
    }

    private static SheetHeader header(Composition composition, BundleEntries entries) {
        PartyName names = new PartyName(entries);
        Encounter stay = entries.resolve(composition.getEncounter(), Encounter.class).orElse(new Encounter());
        String authors = composition.getAuthor().stream().map(names::of).filter(s -> !s.isBlank())
                .collect(Collectors.joining("、"));
        return new SheetHeader(composition.getTitle(), recipientKind(composition),
                names.of(recipient(composition)), PrintedDate.day(composition.getDateElement()), authors,
                names.of(composition.getCustodian()),
                PrintedDate.day(stay.getPeriod().getStartElement()), PrintedDate.day(stay.getPeriod().getEndElement()));
    }

    private static String recipientKind(Composition composition) {
        Extension kind = composition.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_KIND_EXTENSION);
        return kind != null && kind.getValue() instanceof Coding coding && coding.hasDisplay() ? coding.getDisplay() : "";
    }

    private static Reference recipient(Composition composition) {
        Extension recipient = composition.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_EXTENSION);
        return recipient != null && recipient.getValue() instanceof Reference reference ? reference : null;
    }

    private static List<SheetSection> sections(Composition composition) {
        return composition.getSection().stream()
                .map(s -> new SheetSection(s.getTitle(), NarrativeMarkup.of(s.getText())))
                .toList();
    }
}
