package jp.renkei.server.audit;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Makes the AuditEvent of an access following IHE Basic Audit Log Patterns (BALP) for RESTful activity: type
 * {@code rest} with the interaction as subtype; agents for the client application (source), the organization it acts
 * for (the requestor) and this server (destination); entities for each patient, each resource, the search query and
 * the request (its id, which ties the event to the server log, and its path).
 */
final class BalpAuditEvent {

    static final String CLIENT_ID_SYSTEM = "http://renkei.jp/fhir/sid/oauth-client";
    private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    private static final String BALP_ENTITY_TYPE = "https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType";

    private BalpAuditEvent() {
    }

    static AuditEvent of(AuditedAccess access) {
        AuditEvent event = new AuditEvent();
        event.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation"));
        // A request refused before it was understood (no valid token) has no interaction.
        access.interaction().ifPresent(interaction ->
                event.addSubtype(new Coding("http://hl7.org/fhir/restful-interaction", restfulInteraction(interaction), null)));
        event.setAction(action(access));
        event.setRecorded(Date.from(access.recorded()));
        event.setOutcome(AuditEventOutcome.fromCode(access.outcome().code()));
        access.outcomeDescription().ifPresent(event::setOutcomeDesc);
        addAgents(event, access.agent());
        event.getSource().setObserver(new Reference().setDisplay("Renkei FHIR server"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        access.patients().stream().sorted().forEach(patient -> event.addEntity()
                .setWhat(new Reference(patient))
                .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                .setRole(new Coding(OBJECT_ROLE, "1", "Patient")));
        access.resources().forEach(resource -> event.addEntity()
                .setWhat(new Reference(resource))
                .setType(new Coding(ENTITY_TYPE, "2", "System Object"))
                .setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource")));
        access.query().ifPresent(query -> event.addEntity()
                .setType(new Coding(ENTITY_TYPE, "2", "System Object"))
                .setRole(new Coding(OBJECT_ROLE, "24", "Query"))
                .setQuery(query.getBytes(StandardCharsets.UTF_8)));
        event.addEntity()
                .setWhat(new Reference().setIdentifier(new Identifier().setValue(access.requestId())))
                .setDescription(access.requestPath())
                .setType(new Coding(BALP_ENTITY_TYPE, "XrequestId", "X-Request-Id"));
        return event;
    }

    private static void addAgents(AuditEvent event, AuditAgent agent) {
        AuditEventAgentComponent client = event.addAgent()
                .setType(concept(DICOM, "110153", "Source Role ID"))
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(CLIENT_ID_SYSTEM).setValue(agent.clientId())))
                // altId makes the client searchable (AuditEvent?altid=<client id>): who.identifier is not indexed.
                .setAltId(agent.clientId())
                .setRequestor(agent.organization().isEmpty());
        client.getNetwork().setAddress(agent.networkAddress()).setType(AuditEventAgentNetworkType._2);
        agent.organization().ifPresent(organization -> event.addAgent()
                .setType(concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"))
                .setWho(new Reference(organization))
                .setRequestor(true));
        event.addAgent()
                .setType(concept(DICOM, "110152", "Destination Role ID"))
                .setWho(new Reference().setDisplay("Renkei FHIR server"))
                .setRequestor(false);
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    private static String restfulInteraction(RestOperationTypeEnum interaction) {
        return switch (interaction) {
            case READ -> "read";
            case VREAD -> "vread";
            case CREATE -> "create";
            case UPDATE, UPDATE_REWRITE_HISTORY -> "update";
            case PATCH -> "patch";
            case DELETE -> "delete";
            case SEARCH_TYPE, GET_PAGE -> "search-type";
            case SEARCH_SYSTEM -> "search-system";
            case HISTORY_INSTANCE -> "history-instance";
            case HISTORY_TYPE -> "history-type";
            case HISTORY_SYSTEM -> "history-system";
            case TRANSACTION -> "transaction";
            case BATCH -> "batch";
            case METADATA -> "capabilities";
            default -> "operation";
        };
    }

    private static AuditEventAction action(AuditedAccess access) {
        return access.interaction().map(interaction -> switch (interaction) {
            case CREATE -> AuditEventAction.C;
            case UPDATE, UPDATE_REWRITE_HISTORY, PATCH, META_ADD, META_DELETE, ADD_TAGS, DELETE_TAGS -> AuditEventAction.U;
            case DELETE -> AuditEventAction.D;
            case READ, VREAD, SEARCH_TYPE, SEARCH_SYSTEM, GET_PAGE, HISTORY_INSTANCE, HISTORY_TYPE, HISTORY_SYSTEM,
                    METADATA, META, GET_TAGS -> AuditEventAction.R;
            default -> AuditEventAction.E;
        }).orElse(AuditEventAction.E);
    }
}
