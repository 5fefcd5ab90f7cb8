package jp.renkei.server.conformance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import jp.renkei.server.config.StartupTask;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/**
 * Stores Renkei's StructureDefinitions, CodeSystems and ValueSets as resources under their own ids, so that senders
 * can read the profiles they are held to from the server itself ({@code GET /fhir/StructureDefinition/renkei-…}).
 * Runs at every start but writes only a definition that is missing or differs from the stored one (a new version
 * of Renkei): storing a CodeSystem or ValueSet sets HAPI's terminology work going, seconds for the whole package.
 */
@Order(0)
public final class ConformanceResourcePublisher implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceResourcePublisher.class);

    private final List<Resource> conformanceResources;
    private final DaoRegistry daoRegistry;

    public ConformanceResourcePublisher(List<Resource> conformanceResources, DaoRegistry daoRegistry) {
        this.conformanceResources = List.copyOf(conformanceResources);
        this.daoRegistry = daoRegistry;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        int written = 0;
        for (Resource resource : conformanceResources) {
            IFhirResourceDao<Resource> dao = daoRegistry.getResourceDao(resource.fhirType());
            if (!isStored(dao, resource)) {
                dao.update(resource.copy(), new SystemRequestDetails());
                written++;
            }
        }
        LOG.info("Renkei's {} conformance resources checked, {} written, in {} ms",
                conformanceResources.size(), written, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean isStored(IFhirResourceDao<Resource> dao, Resource resource) {
        try {
            Resource stored = dao.read(resource.getIdElement().toUnqualifiedVersionless(), new SystemRequestDetails());
            return comparable(stored).equalsDeep(comparable(resource));
        } catch (ResourceNotFoundException | ResourceGoneException missing) {
            return false;
        }
    }

    /** The content alone: the server's id form and meta (version, last updated) set aside. */
    private static Resource comparable(Resource resource) {
        Resource copy = resource.copy();
        copy.setId(resource.getIdElement().getIdPart());
        copy.setMeta(null);
        return copy;
    }
}
