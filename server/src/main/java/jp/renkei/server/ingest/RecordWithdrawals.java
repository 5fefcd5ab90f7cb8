package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.Set;
import jp.renkei.mapping.ssmix2.Withdrawal;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Adds to a newer SS-MIX2 file's transaction the withdrawal ({@link Withdrawal}: entered-in-error) of the stored
 * resources that an earlier version of its record said and it no longer does, so that both commit together. The
 * stored resources are found as the server itself; the withdrawals are written as the sender, whose write rules
 * apply to them as to the rest of the transaction.
 */
final class RecordWithdrawals {

    private final FhirContext fhir;
    private final DaoRegistry daos;
    private final MatchUrlService matchUrls;

    RecordWithdrawals(FhirContext fhir, DaoRegistry daos, MatchUrlService matchUrls) {
        this.fhir = fhir;
        this.daos = daos;
        this.matchUrls = matchUrls;
    }

    /** Adds a PUT of the withdrawn resource for each resource stored under one of {@code droppedItems}. */
    void addTo(Bundle transaction, Set<String> droppedItems) {
        for (String matchUrl : droppedItems) {
            String type = matchUrl.substring(0, matchUrl.indexOf('?'));
            SearchParameterMap map = matchUrls.translateMatchUrl(matchUrl, fhir.getResourceDefinition(type));
            map.setLoadSynchronous(true);
            IFhirResourceDao<? extends IBaseResource> dao = daos.getResourceDao(type);
            for (IBaseResource stored : dao.searchForResources(map, new SystemRequestDetails())) {
                Withdrawal.of((Resource) stored).ifPresent(withdrawn -> add(transaction, withdrawn));
            }
        }
    }

    private static void add(Bundle transaction, Resource withdrawn) {
        String id = withdrawn.getIdElement().toUnqualifiedVersionless().getValue();
        withdrawn.setId(id);
        transaction.addEntry().setResource(withdrawn)
                .setRequest(new Bundle.BundleEntryRequestComponent().setMethod(Bundle.HTTPVerb.PUT).setUrl(id));
    }
}
