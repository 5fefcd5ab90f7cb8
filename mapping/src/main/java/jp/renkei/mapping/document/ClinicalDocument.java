package jp.renkei.mapping.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.renkei.mapping.document.UnusableDocumentException.Problem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * A JP-CLINS document Bundle (eDischargeSummary, eReferral, in the {@code clins} canonicals or the older standalone
 * ones) that Renkei can file: what it needs is checked here, not conformance to the published profiles (a hospital's
 * document is kept even when its export has defects). Usable means: {@code Bundle.type} document, a
 * {@code Bundle.identifier}, a Composition as the first entry with a {@code type} coding and a subject that resolves
 * inside the Bundle to a Patient with an identifier.
 *
 * @param bundle the Bundle as received; never modified
 * @param patientEntry the entry of the Composition's subject
 */
public record ClinicalDocument(Bundle bundle, Composition composition, Bundle.BundleEntryComponent patientEntry) {

    static final String COMPOSITION = "Bundle.entry[0].resource";
    /** HL7's extension that JP-CLINS requires on the Composition for the document's version ("1", "2" …). */
    static final String VERSION_EXTENSION =
            "http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber";

    /** Reads the Bundle, or names every missing element at once. */
    public static ClinicalDocument read(Bundle bundle) {
        List<Problem> problems = new ArrayList<>();
        if (bundle.getType() != Bundle.BundleType.DOCUMENT) {
            problems.add(new Problem("Bundle.type", "must be 'document', is '" + bundle.getTypeElement().getValueAsString() + "'"));
        }
        if (!complete(bundle.getIdentifier())) {
            problems.add(new Problem("Bundle.identifier", "system and value are required: they identify this document instance"));
        }
        Optional<Composition> composition = composition(bundle, problems);
        Optional<Bundle.BundleEntryComponent> patient = composition.flatMap(c -> patientEntry(bundle, c, problems));
        if (!problems.isEmpty()) {
            throw new UnusableDocumentException(problems);
        }
        return new ClinicalDocument(bundle, composition.orElseThrow(), patient.orElseThrow());
    }

    public Patient patient() {
        return (Patient) patientEntry.getResource();
    }

    /** The identifier the patient is matched by: the hospital's patient ID (JP Core's OID system) if there is one. */
    public Identifier patientIdentifier() {
        List<Identifier> identifiers = patient().getIdentifier().stream().filter(ClinicalDocument::complete).toList();
        return identifiers.stream()
                .filter(id -> id.getSystem().startsWith("urn:oid:1.2.392.100495.20.3.51."))
                .findFirst()
                .orElse(identifiers.get(0));
    }

    /** This instance of the document: a new version of it has a new one. */
    public Identifier instanceIdentifier() {
        return bundle.getIdentifier();
    }

    /**
     * The document across its versions: {@code Composition.identifier} (JP-CLINS keeps it from version to version),
     * the Bundle's identifier when the Composition has none.
     */
    public Identifier documentIdentifier() {
        return complete(composition.getIdentifier()) ? composition.getIdentifier() : bundle.getIdentifier();
    }

    /** The version the sender gave (JP-CLINS: the Composition's versionNumber extension), if any. */
    public Optional<String> version() {
        return Optional.ofNullable(composition.getExtensionByUrl(VERSION_EXTENSION))
                .map(extension -> extension.getValue().primitiveValue());
    }

    /**
     * Whether this is an earlier version of the same document than the one already filed, so that a late delivery of
     * version 1 does not replace version 2. Versions that are not numbers are not ordered (never earlier).
     */
    public boolean isEarlierVersionThan(ClinicalDocument filed) {
        Optional<DocumentVersion> mine = version().flatMap(DocumentVersion::parse);
        Optional<DocumentVersion> theirs = filed.version().flatMap(DocumentVersion::parse);
        return mine.isPresent() && theirs.isPresent() && mine.get().isBefore(theirs.get());
    }

    private static Optional<Composition> composition(Bundle bundle, List<Problem> problems) {
        Resource first = bundle.getEntryFirstRep().getResource();
        if (!(first instanceof Composition composition)) {
            problems.add(new Problem(COMPOSITION, "the first entry must be the Composition, is "
                    + (first == null ? "missing" : "a " + first.fhirType())));
            return Optional.empty();
        }
        if (composition.getType().getCoding().stream().noneMatch(c -> c.hasSystem() && c.hasCode())) {
            problems.add(new Problem(COMPOSITION + ".type.coding", "a coding with system and code is required: it is the kind of document"));
        }
        return Optional.of(composition);
    }

    private static Optional<Bundle.BundleEntryComponent> patientEntry(Bundle bundle, Composition composition,
            List<Problem> problems) {
        String subject = composition.getSubject().getReference();
        Optional<Bundle.BundleEntryComponent> entry = new EntryIndex(bundle).entryFor(subject);
        if (entry.isEmpty() || !(entry.get().getResource() instanceof Patient patient)) {
            problems.add(new Problem(COMPOSITION + ".subject", "must refer to a Patient entry of the Bundle, refers to '"
                    + (subject == null ? "" : subject) + "'"));
            return Optional.empty();
        }
        if (patient.getIdentifier().stream().noneMatch(ClinicalDocument::complete)) {
            int index = bundle.getEntry().indexOf(entry.get());
            problems.add(new Problem("Bundle.entry[" + index + "].resource.identifier",
                    "the Patient needs an identifier with system and value: the patient is matched by it"));
            return Optional.empty();
        }
        return entry;
    }

    static boolean complete(Identifier identifier) {
        return identifier != null && identifier.hasSystem() && identifier.hasValue();
    }
}
