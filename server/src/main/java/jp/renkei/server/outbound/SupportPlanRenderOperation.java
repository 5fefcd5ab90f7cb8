package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Optional;
import jp.renkei.mapping.render.PdfPrinter;
import jp.renkei.mapping.render.SupportPlanPage;
import jp.renkei.server.config.OperationProvider;
import jp.renkei.server.security.CallingPartner;
import jp.renkei.server.security.SmartScope.Interaction;
import jp.renkei.server.security.SmartScopes;
import jp.renkei.server.security.access.AccessDecisions;
import jp.renkei.server.security.access.PartnerAccess;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code GET /fhir/CarePlan/{id}/$render}: a support plan (支援計画書) as a printable page, HTML by default, PDF by
 * {@code _format=pdf} or {@code Accept: application/pdf}, or the collection Bundle it is printed from as FHIR.
 *
 * <p>Who may: whoever may read the plan. A partner on the plan's care team gets the page with only what it may read
 * (goals, team, members; the plan of a patient whose consent was withdrawn not at all); the token's scopes leave out
 * the types they do not cover.
 */
public final class SupportPlanRenderOperation implements OperationProvider {

    private final FhirContext fhir;
    private final AccessDecisions access;
    private final SupportPlanReader plans;
    private final SupportPlanPage page;
    private final PdfPrinter printer;

    SupportPlanRenderOperation(FhirContext fhir, AccessDecisions access, SupportPlanReader plans,
            SupportPlanPage page, PdfPrinter printer) {
        this.fhir = fhir;
        this.access = access;
        this.plans = plans;
        this.page = page;
        this.printer = printer;
    }

    @Operation(name = "$render", type = CarePlan.class, idempotent = true, manualResponse = true)
    public void render(@IdParam IdType planId, ServletRequestDetails request) {
        SmartScopes scopes = CallingPartner.of(request).orElseThrow().scopes();
        scopes.require("CarePlan", Interaction.READ);
        PrintFormat format = PrintFormat.requested(request, PrintFormat.HTML);
        Bundle plan = plans.read("CarePlan/" + planId.getIdPart(), request.getFhirServerBase());
        Optional<PartnerAccess> partner = access.partnerOf(request);
        if (partner.isPresent() && !partner.get().mayRead(plan.getEntryFirstRep().getResource())) {
            throw new ForbiddenOperationException("CarePlan/" + planId.getIdPart() + " is not a plan your"
                    + " organization works on for a patient in its care");
        }
        plan.getEntry().removeIf(entry -> !readable(scopes, entry.getResource().fhirType())
                || partner.isPresent() && !partner.get().mayRead(entry.getResource()));
        new Printout(plan, plan.getEntryFirstRep().getResource(), page::html, printer::pdf)
                .answer(format, fhir, request).send(request);
    }

    private static boolean readable(SmartScopes scopes, String type) {
        return scopes.allows(type, Interaction.READ) || scopes.allows(type, Interaction.SEARCH);
    }
}
