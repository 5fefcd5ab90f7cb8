package jp.renkei.server.conformance;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Stores Renkei's StructureDefinitions, CodeSystems and ValueSets as resources under their own ids, so that senders
 * can read the profiles they are held to from the server itself ({@code GET /fhir/StructureDefinition/renkei-…}).
 * Runs at every start: an unchanged definition is left as it is (HAPI makes no new version), a changed one gets a
 * new version.
 */
public final class ConformanceResourcePublisher implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceResourcePublisher.class);

    private final List<Resource> conformanceResources;
    private final DaoRegistry daoRegistry;

    public ConformanceResourcePublisher(List<Resource> conformanceResources, DaoRegistry daoRegistry) {
        this.conformanceResources = List.copyOf(conformanceResources);
        this.daoRegistry = daoRegistry;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        for (Resource resource : conformanceResources) {
            IFhirResourceDao<Resource> dao = daoRegistry.getResourceDao(resource.fhirType());
            dao.update(resource.copy(), new SystemRequestDetails());
        }
        LOG.info("Renkei's {} conformance resources published in {} ms",
                conformanceResources.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
