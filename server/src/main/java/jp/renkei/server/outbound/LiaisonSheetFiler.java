package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;

/**
 * Files liaison sheets for their recipients ({@link LiaisonSheetFiling}). A new sheet replaces the ones filed earlier
 * for the same patient and recipient: they become {@code superseded} and the new one {@code replaces} them, so a
 * partner asking for the {@code current} sheets gets only the latest, and the earlier ones stay readable as history.
 */
final class LiaisonSheetFiler {

    private final FhirContext fhir;
    private final IFhirSystemDao<Bundle, Meta> systemDao;
    private final RecordSearch search;

    LiaisonSheetFiler(FhirContext fhir, IFhirSystemDao<Bundle, Meta> systemDao, RecordSearch search) {
        this.fhir = fhir;
        this.systemDao = systemDao;
        this.search = search;
    }

    /** Files the sheet in one transaction, unless it is filed already, and returns the id it is filed under. */
    String file(LiaisonSheetFiling filing, RequestDetails request) {
        List<DocumentReference> current = current(filing.patient(), filing.recipient());
        if (current.stream().noneMatch(sheet -> sheet.getIdElement().getIdPart().equals(filing.id()))) {
            systemDao.transaction(request, filing.transaction(fhir, current));
        }
        return filing.id();
    }

    /** The sheets filed for the recipient about the patient that nothing has replaced yet. */
    private List<DocumentReference> current(String patient, String recipient) {
        return search.run("DocumentReference?subject=" + patient + "&type=" + LiaisonSheetFiling.TYPE.getSystem()
                        + "|" + LiaisonSheetFiling.TYPE.getCode() + "&status=current").stream()
                .map(DocumentReference.class::cast)
                .filter(sheet -> recipient.equals(recipientOf(sheet)))
                .toList();
    }

    private static String recipientOf(DocumentReference sheet) {
        Extension recipient = sheet.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_EXTENSION);
        return recipient == null ? null : ((Reference) recipient.getValue()).getReference();
    }
}
