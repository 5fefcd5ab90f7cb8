package jp.renkei.server.audit;

import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.svc.IIdHelperService;
import ca.uhn.fhir.jpa.api.svc.ResolveIdentityMode;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;

/**
 * Which of some references name resources stored now (not deleted). HAPI refuses to store a reference to a resource
 * that is not there, so the trail refers only to those; a request about something that is not (a read of a deleted
 * patient, the patient inside a posted document) is still on record by its path.
 */
final class StoredResources {

    private final IIdHelperService<?> ids;
    private final IHapiTransactionService transactions;

    StoredResources(IIdHelperService<?> ids, IHapiTransactionService transactions) {
        this.ids = ids;
        this.transactions = transactions;
    }

    /** The references among {@code references} ({@code Type/id}) whose resources are stored. */
    Set<String> among(Collection<String> references) {
        Set<IIdType> wanted = references.stream().map(IdType::new)
                .filter(id -> id.hasResourceType() && id.hasIdPart())
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Set.of();
        }
        // No cache: a resource deleted a moment ago must count as gone.
        return transactions.withSystemRequest().readOnly().execute(() -> ids.resolveResourceIdentities(
                        RequestPartitionId.allPartitions(), wanted,
                        ResolveIdentityMode.excludeDeleted().noCacheUnlessDeletesDisabled()))
                .keySet().stream()
                .map(id -> id.toUnqualifiedVersionless().getValue())
                .collect(Collectors.toSet());
    }
}
