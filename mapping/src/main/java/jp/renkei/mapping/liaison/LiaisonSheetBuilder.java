package jp.renkei.mapping.liaison;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.IParser;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Assembles a liaison sheet (連携シート) for one kind of partner from a patient's current record: a document Bundle
 * conforming to RenkeiLiaisonSheet whose Composition holds exactly the sections the {@link LiaisonSectionTable} gives
 * the kind. Deterministic: the same record and request give the same document, identifiers and fullUrls included.
 * Thread-safe; build one and share it.
 */
public final class LiaisonSheetBuilder {

    static final String SHEET_PROFILE = "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet";
    static final String JP_PATIENT = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient";
    static final String JP_ENCOUNTER = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter";

    private final LiaisonSectionTable table;

    public LiaisonSheetBuilder(LiaisonSectionTable table) {
        this.table = table;
    }

    public Bundle build(PatientRecord record, LiaisonSheetRequest sheetRequest) {
        LiaisonSheetRequest request = withSenderId(sheetRequest);
        SourceRecord source = new SourceRecord(record, request);
        SectionEntries entries = new SectionEntries(source, request);
        Map<LiaisonSection, List<Resource>> sections = new LinkedHashMap<>();
        LiaisonSection.forKind(table, request.kind()).forEach(section -> sections.put(section, entries.of(section)));
        // The admission is the document's context only where the kind gets the medical picture it belongs to.
        Optional<Encounter> admission = sections.containsKey(LiaisonSection.CONDITION)
                ? entries.latestAdmission() : Optional.empty();
        DocumentContents contents = new DocumentContents(source, request.recipient(), request.sender(), admission,
                sections);

        DocumentIds ids = DocumentIds.of(source.patientKey(), request.kind(), SourceRecord.key(request.recipient()),
                request.issued());
        Map<String, String> fullUrls = new LinkedHashMap<>();
        contents.byKey().keySet().forEach(key -> fullUrls.put(key, ids.fullUrl(key)));

        Bundle sheet = header(ids, request);
        LiaisonComposition composition = new LiaisonComposition(fullUrls,
                new ResourceSummary(new PartyNames(source)));
        sheet.addEntry().setFullUrl(ids.fullUrl("Composition")).setResource(composition.build(request,
                source.patientKey(), admission.map(SourceRecord::key), sections));
        DocumentReferences references = new DocumentReferences(fullUrls);
        contents.byKey().forEach((key, resource) ->
                sheet.addEntry().setFullUrl(fullUrls.get(key)).setResource(copy(resource, references)));
        return sheet;
    }

    /**
     * The sender as the document names it: an organization passed without id (e.g. built from configuration) gets
     * the id {@code sender}, so that it has a key and a deterministic fullUrl like every other entry.
     */
    private static LiaisonSheetRequest withSenderId(LiaisonSheetRequest request) {
        if (request.sender().getIdElement().hasIdPart()) {
            return request;
        }
        Organization sender = request.sender().copy();
        sender.setId("sender");
        return new LiaisonSheetRequest(request.kind(), request.recipient(), sender, request.issued());
    }

    private static Bundle header(DocumentIds ids, LiaisonSheetRequest request) {
        Bundle sheet = new Bundle();
        sheet.getMeta().addProfile(SHEET_PROFILE);
        sheet.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(ids.documentIdentifier()));
        sheet.setType(BundleType.DOCUMENT);
        sheet.setTimestampElement(new InstantType(Date.from(request.issued()), TemporalPrecisionEnum.MILLI,
                LiaisonComposition.JAPAN));
        return sheet;
    }

    /**
     * The resource as the document holds it: without its server id and version (the entry's fullUrl identifies it
     * here), with references rewritten, and claiming JP_Patient / JP_Encounter, which the Composition's subject and
     * encounter require.
     */
    private static Resource copy(Resource resource, DocumentReferences references) {
        Resource copy = resource.copy();
        copy.setIdElement(null);
        copy.getMeta().setVersionId(null).setLastUpdated(null).setSource(null);
        if (copy instanceof Patient && !copy.getMeta().hasProfile(JP_PATIENT)) {
            copy.getMeta().addProfile(JP_PATIENT);
        } else if (copy instanceof Encounter && !copy.getMeta().hasProfile(JP_ENCOUNTER)) {
            copy.getMeta().addProfile(JP_ENCOUNTER);
        }
        if (!references.rewriteIn(copy)) {
            return copy;
        }
        // Through JSON and back when a reference was emptied: the parser leaves out the empty elements, so a reader of
        // the in-memory document (the renderer, the server) meets none. Only then: it is a third of a sheet's cost.
        IParser json = FhirContext.forR4Cached().newJsonParser();
        return json.parseResource(copy.getClass(), json.encodeResourceToString(copy));
    }
}
