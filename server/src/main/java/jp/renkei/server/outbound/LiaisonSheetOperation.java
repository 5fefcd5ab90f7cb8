package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import jp.renkei.mapping.liaison.LiaisonSheetBuilder;
import jp.renkei.mapping.liaison.LiaisonSheetRequest;
import jp.renkei.mapping.liaison.RecipientKind;
import jp.renkei.mapping.render.LiaisonSheetPage;
import jp.renkei.mapping.render.PdfPrinter;
import jp.renkei.server.config.OperationProvider;
import jp.renkei.server.security.CallingPartner;
import jp.renkei.server.security.SmartScope.Interaction;
import jp.renkei.server.security.access.AccessDecisions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code GET /fhir/Patient/{id}/$liaison-sheet?recipient=Organization/{id}&kind=…}: the liaison sheet (連携シート) of
 * the patient's current record for one partner, as a FHIR document, an HTML page or a PDF ({@link PrintFormat}). With
 * {@code persist=true} it is also filed for the recipient and announced to it ({@link LiaisonSheetFiling}).
 *
 * <p>Who may: a data provider (the hospital) whose token reads Patients, for a recipient that may see the patient now
 * (a consent in force, or its care team on the patient's plan): a partner without consent gets nothing, not even a
 * sheet made for it. Partners do not call it (operations are closed to them); they read the sheets filed for them.
 */
public final class LiaisonSheetOperation implements OperationProvider {

    private final FhirContext fhir;
    private final DaoRegistry daos;
    private final LiaisonSheetFiler filer;
    private final AccessDecisions access;
    private final PatientRecordReader records;
    private final LiaisonSheetBuilder builder;
    private final LiaisonSheetPage page;
    private final PdfPrinter printer;
    private final Clock clock;

    LiaisonSheetOperation(FhirContext fhir, DaoRegistry daos, LiaisonSheetFiler filer,
            AccessDecisions access, PatientRecordReader records, LiaisonSheetBuilder builder, LiaisonSheetPage page,
            PdfPrinter printer, Clock clock) {
        this.fhir = fhir;
        this.daos = daos;
        this.filer = filer;
        this.access = access;
        this.records = records;
        this.builder = builder;
        this.page = page;
        this.printer = printer;
        this.clock = clock;
    }

    @Operation(name = "$liaison-sheet", type = Patient.class, idempotent = true, manualResponse = true)
    public void liaisonSheet(@IdParam IdType patientId,
            @OperationParam(name = "recipient", min = 1, max = 1) StringType recipientParam,
            @OperationParam(name = "kind", min = 1, max = 1) CodeType kindParam,
            @OperationParam(name = "persist", max = 1) BooleanType persistParam,
            ServletRequestDetails request) {
        CallingPartner caller = CallingPartner.of(request).orElseThrow();
        caller.scopes().require("Patient", Interaction.READ);
        RecipientKind kind = kind(kindParam);
        PrintFormat format = PrintFormat.requested(request, PrintFormat.FHIR);
        String patient = "Patient/" + patientId.getIdPart();
        Organization recipient = recipient(recipientParam);
        Patient stored = records.patient(patient);
        if (!access.organizationSees(key(recipient), patient)) {
            throw new ForbiddenOperationException(key(recipient) + " may not receive information about " + patient
                    + ": no consent in force names it, and it is on no care team of the patient's active plans");
        }
        Organization sender = sender(caller);
        Bundle document = builder.build(records.read(stored), new LiaisonSheetRequest(kind, recipient, sender,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        Printout printout = new Printout(document, document, page::html, printer::pdf);
        if (persist(persistParam)) {
            LiaisonSheetFiling filing = new LiaisonSheetFiling(document, patient, key(recipient), key(sender),
                    printout.pdf());
            document.setId(filer.file(filing, request)); // the answer names where it was filed
        }
        printout.answer(format, fhir, request).send(request);
    }

    private static String key(Organization organization) {
        return "Organization/" + organization.getIdElement().getIdPart();
    }

    private static boolean persist(BooleanType persist) {
        return persist != null && persist.booleanValue();
    }

    private static RecipientKind kind(CodeType kind) {
        try {
            return RecipientKind.fromCode(kind.getCode());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind: " + e.getMessage());
        }
    }

    /** The recipient, which must exist. */
    private Organization recipient(StringType recipient) {
        IdType id = new IdType(recipient.getValue());
        if (!"Organization".equals(id.getResourceType()) || !id.hasIdPart()) {
            throw new InvalidRequestException("recipient must be Organization/<id>, not " + recipient.getValue());
        }
        return organization(id).orElseThrow(() -> new InvalidRequestException(
                "recipient " + id.toUnqualifiedVersionless().getValue() + " does not exist"));
    }

    private Organization sender(CallingPartner caller) {
        return caller.organization().map(IdType::new).flatMap(this::organization)
                .orElseThrow(() -> new ForbiddenOperationException("The token names no stored organization: a"
                        + " liaison sheet is sent on behalf of one"));
    }

    private Optional<Organization> organization(IdType id) {
        try {
            return Optional.of(daos.getResourceDao(Organization.class)
                    .read(id.toUnqualifiedVersionless(), new SystemRequestDetails()));
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return Optional.empty();
        }
    }
}
