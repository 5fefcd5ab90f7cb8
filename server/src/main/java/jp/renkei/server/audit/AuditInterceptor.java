package jp.renkei.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * Records every FHIR request (but the CapabilityStatement) in the audit trail, exactly once:
 * <ul>
 *   <li>an answer that carries resources (read, search, history, page, transaction, operation, and writes that return
 *       what they wrote) is recorded before it is sent ({@code SERVER_OUTGOING_RESPONSE}), so a read that reached a
 *       client is on record even if the server dies a moment later; the patients are those of every resource in the
 *       answer and of everything the request wrote;</li>
 *   <li>a write answered without a body is recorded when it has completed, a delete inside its transaction;</li>
 *   <li>a refused or failed request is recorded with its status as the outcome.</li>
 * </ul>
 * What a request writes is gathered as it is written (pre-commit hooks), so transactions and ingest operations name
 * their patients too.
 */
@Interceptor
public final class AuditInterceptor implements RestInterceptor {

    private static final String AUDITED = AuditInterceptor.class.getName() + ".audited";
    private static final Set<RestOperationTypeEnum> SINGLE_READS = EnumSet.of(RestOperationTypeEnum.READ, RestOperationTypeEnum.VREAD);
    private static final Set<RestOperationTypeEnum> QUERIES = EnumSet.of(RestOperationTypeEnum.SEARCH_TYPE,
            RestOperationTypeEnum.SEARCH_SYSTEM, RestOperationTypeEnum.GET_PAGE, RestOperationTypeEnum.HISTORY_INSTANCE,
            RestOperationTypeEnum.HISTORY_TYPE, RestOperationTypeEnum.HISTORY_SYSTEM);
    private static final Set<RestOperationTypeEnum> SINGLE_WRITES = EnumSet.of(RestOperationTypeEnum.CREATE,
            RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.PATCH, RestOperationTypeEnum.DELETE);

    private final AuditTrail trail;
    private final PatientsSeen patientsSeen;
    private final AuditAgentResolver agents;
    private final Clock clock;

    AuditInterceptor(AuditTrail trail, PatientsSeen patientsSeen, AuditAgentResolver agents, Clock clock) {
        this.trail = trail;
        this.patientsSeen = patientsSeen;
        this.agents = agents;
        this.clock = clock;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        wrote(request, resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        wrote(request, resource);
    }

    /**
     * A delete is recorded as HAPI is about to remove each resource, so that each resource a (conditional) delete
     * removes gets its event, naming the resource's patients (read from the resource, which is gone afterwards).
     */
    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void deleting(IBaseResource resource, RequestDetails request) {
        if (request != null && request.getRestOperationType() == RestOperationTypeEnum.DELETE) {
            request.getUserData().put(AUDITED, Boolean.TRUE);
            record(request, AuditOutcome.SUCCESS, Optional.empty(), patientsSeen.patientsOf(resource),
                    List.of(resource.getIdElement().toUnqualifiedVersionless().getValue()));
        }
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public boolean answering(RequestDetails request, ResponseDetails response) {
        if (toAudit(request)) {
            IBaseResource answer = response.getResponseResource();
            RequestWrites writes = RequestWrites.of(request);
            // A read answer is one resource, even a (document) Bundle; other Bundles are pages of results.
            Set<String> patients = new TreeSet<>(SINGLE_READS.contains(request.getRestOperationType()) && answer != null
                    ? patientsSeen.patientsOf(answer)
                    : patientsSeen.patientsIn(answer));
            patients.addAll(writes.patients());
            // An operation on a patient (Patient/1/$liaison-sheet) is about that patient, whatever it answers.
            operationTarget(request).filter(target -> target.startsWith("Patient/")).ifPresent(patients::add);
            record(request, AuditOutcome.ofStatus(response.getResponseCode()), Optional.empty(), patients,
                    resources(request, answer));
        }
        return true;
    }

    @Hook(Pointcut.SERVER_PROCESSING_COMPLETED_NORMALLY)
    public void completed(RequestDetails request) {
        if (toAudit(request)) {
            record(request, AuditOutcome.SUCCESS, Optional.empty(), RequestWrites.of(request).patients(),
                    resources(request, null));
        }
    }

    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean failed(RequestDetails request, BaseServerResponseException exception) {
        if (toAudit(request)) {
            Set<String> patients = new TreeSet<>(RequestWrites.of(request).patients());
            List<String> resources = List.of();
            IIdType target = request.getId();
            // A resource that is not there (404, 410) cannot be referred to; the request path still names it.
            boolean targetExists = exception.getStatusCode() != 404 && exception.getStatusCode() != 410;
            if (targetExists && target != null && target.hasIdPart() && request.getResourceName() != null) {
                String reference = request.getResourceName() + "/" + target.getIdPart();
                resources = List.of(reference);
                if (request.getResourceName().equals("Patient")) {
                    patients.add(reference);
                }
            }
            record(request, AuditOutcome.ofStatus(exception.getStatusCode()),
                    Optional.of(exception.getStatusCode() + " " + exception.getMessage()), patients, resources);
        }
        return true;
    }

    /**
     * The resources an access names one by one: the one read, or the ones a create, update, patch or delete wrote.
     * Searches, transactions and other operations name their patients (and query) instead; an instance operation
     * names its resource.
     */
    private static List<String> resources(RequestDetails request, IBaseResource answer) {
        if (SINGLE_READS.contains(request.getRestOperationType()) && answer != null) {
            return List.of(answer.getIdElement().toUnqualifiedVersionless().getValue());
        }
        if (request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE) {
            return operationTarget(request).map(List::of).orElse(List.of());
        }
        return SINGLE_WRITES.contains(request.getRestOperationType()) ? RequestWrites.of(request).resources() : List.of();
    }

    /** The resource an instance operation ran on ({@code CarePlan/7/$render}: CarePlan/7). */
    private static Optional<String> operationTarget(RequestDetails request) {
        IIdType target = request.getId();
        return request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE && target != null
                && target.hasIdPart() ? Optional.of(request.getResourceName() + "/" + target.getIdPart())
                : Optional.empty();
    }

    private void wrote(RequestDetails request, IBaseResource resource) {
        if (request != null) {
            RequestWrites.of(request).add(resource.getIdElement().toUnqualifiedVersionless().getValue(),
                    patientsSeen.patientsOf(resource));
        }
    }

    /** True the first time it is asked for a request that must be audited: each request gets one event. */
    private static boolean toAudit(RequestDetails request) {
        if (request.getRestOperationType() == RestOperationTypeEnum.METADATA
                || request.getUserData().putIfAbsent(AUDITED, Boolean.TRUE) != null) {
            return false;
        }
        return true;
    }

    private void record(RequestDetails request, AuditOutcome outcome, Optional<String> description,
            Set<String> patients, List<String> resources) {
        RestOperationTypeEnum interaction = request.getRestOperationType();
        trail.record(new AuditedAccess(
                Optional.ofNullable(interaction),
                Optional.ofNullable(request.getOperation()),
                request.getRequestPath(),
                QUERIES.contains(interaction) ? query(request.getParameters()) : Optional.empty(),
                request.getRequestId(),
                clock.instant(),
                agents.agentOf(request),
                outcome,
                description,
                patients,
                resources));
    }

    private static Optional<String> query(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parameters.entrySet().stream()
                .flatMap(parameter -> Arrays.stream(parameter.getValue()).map(value -> parameter.getKey() + "=" + value))
                .collect(Collectors.joining("&")));
    }
}
