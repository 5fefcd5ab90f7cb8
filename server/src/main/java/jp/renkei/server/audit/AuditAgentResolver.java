package jp.renkei.server.audit;

import ca.uhn.fhir.rest.api.server.RequestDetails;

/** Says who made a request: the security layer knows (the token), the audit trail asks. */
@FunctionalInterface
public interface AuditAgentResolver {

    AuditAgent agentOf(RequestDetails request);
}
