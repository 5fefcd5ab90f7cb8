package jp.renkei.mapping.ssmix2;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The transaction Bundle made from one message. Every entry is keyed by a business identifier, so that posting the
 * Bundle twice changes nothing the second time: conditional update ({@code PUT Type?identifier=s|v}) for what the
 * message is the source of, conditional create ({@code ifNoneExist}) for what it only refers to.
 */
final class TransactionBundle {

    private final Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);

    /** Adds the resource as the message's version of it; returns a reference to the entry for other entries. */
    Reference update(Resource resource, Identifier key) {
        return add(resource, key, Bundle.HTTPVerb.PUT, true);
    }

    /** Adds the resource only to be created when absent: an existing one (e.g. from ADT-00) is left as it is. */
    Reference createIfAbsent(Resource resource, Identifier key) {
        return add(resource, key, Bundle.HTTPVerb.POST, false);
    }

    Bundle bundle() {
        return bundle;
    }

    private Reference add(Resource resource, Identifier key, Bundle.HTTPVerb verb, boolean conditionalUrl) {
        String fullUrl = SourceRecord.fullUrl(key);
        String query = "identifier=" + key.getSystem() + "|" + URLEncoder.encode(key.getValue(), StandardCharsets.UTF_8);
        Bundle.BundleEntryRequestComponent request = new Bundle.BundleEntryRequestComponent().setMethod(verb);
        if (conditionalUrl) {
            request.setUrl(resource.fhirType() + "?" + query);
        } else {
            request.setUrl(resource.fhirType()).setIfNoneExist(query);
        }
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).setRequest(request);
        return new Reference(fullUrl);
    }
}
