package jp.renkei.server.audit;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one request has written so far (kept on the request while it runs): the resources and their patients, so
 * that the request's AuditEvent names them even when the answer does not hold them (a transaction, an ingest).
 */
final class RequestWrites {

    private static final String KEY = RequestWrites.class.getName();

    private final Set<String> patients = new TreeSet<>();
    private final List<String> resources = new ArrayList<>();

    static RequestWrites of(RequestDetails request) {
        return (RequestWrites) request.getUserData().computeIfAbsent(KEY, key -> new RequestWrites());
    }

    void add(String resource, Set<String> resourcePatients) {
        resources.add(resource);
        patients.addAll(resourcePatients);
    }

    Set<String> patients() {
        return Set.copyOf(patients);
    }

    List<String> resources() {
        return List.copyOf(resources);
    }
}
