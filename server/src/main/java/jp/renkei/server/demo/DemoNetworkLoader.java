package jp.renkei.server.demo;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jp.renkei.server.config.StartupTask;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Stores the demo network at start, once: when its marker exists (or was deleted) nothing happens. */
@Order(Ordered.LOWEST_PRECEDENCE)
public final class DemoNetworkLoader implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final DemoNetwork network;
    private final DaoRegistry daoRegistry;
    private final IFhirSystemDao<Bundle, Meta> systemDao;

    public DemoNetworkLoader(DemoNetwork network, DaoRegistry daoRegistry, IFhirSystemDao<Bundle, Meta> systemDao) {
        this.network = network;
        this.daoRegistry = daoRegistry;
        this.systemDao = systemDao;
    }

    @Override
    public void run() {
        if (alreadyLoaded()) {
            LOG.info("Demo regional network already present; not loading it again");
            return;
        }
        Bundle transaction = network.asTransaction();
        systemDao.transaction(new SystemRequestDetails(), transaction);
        LOG.info("Loaded the demo regional network: {} resources", transaction.getEntry().size());
    }

    private boolean alreadyLoaded() {
        IFhirResourceDao<IBaseResource> markers = daoRegistry.getResourceDao(DemoNetwork.MARKER.getResourceType());
        try {
            markers.read(DemoNetwork.MARKER, new SystemRequestDetails());
            return true;
        } catch (ResourceGoneException deletedOnPurpose) {
            return true;
        } catch (ResourceNotFoundException notYet) {
            return false;
        }
    }
}
