package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.dao.TransactionProcessor;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.jpa.interceptor.UserRequestRetryVersionConflictsInterceptor;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import java.time.Clock;
import javax.sql.DataSource;
import jp.renkei.mapping.ssmix2.HospitalIdentity;
import jp.renkei.server.config.RenkeiSchemaConfig;
import jp.renkei.server.validation.ProfileValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.util.unit.DataSize;

@Configuration
public class IngestConfig {

    /**
     * Lets HAPI retry a transaction that lost a race (two messages creating the same patient or practitioner at once
     * hit the unique index on conditional-create URLs, 409): the retry finds the winner's resource. The ingest
     * operations ask for it; other clients may with HAPI's {@code X-Retry-On-Version-Conflict} header.
     */
    @Bean
    public UserRequestRetryVersionConflictsInterceptor conflictRetryInterceptor(IInterceptorService interceptors) {
        UserRequestRetryVersionConflictsInterceptor interceptor = new UserRequestRetryVersionConflictsInterceptor();
        interceptors.registerInterceptor(interceptor);
        return interceptor;
    }

    /**
     * The hospital whose SS-MIX2 storage this server reads, by its 10-digit medical institution code (医療機関コード):
     * it makes the patient-ID system. The default is the demo network's hospital.
     */
    @Bean
    @DependsOn(RenkeiSchemaConfig.RENKEI_SCHEMA)
    public Ssmix2IngestOperation ssmix2IngestOperation(
            @Value("${renkei.ssmix2.medical-institution-code}") String medicalInstitutionCode,
            @Value("${renkei.ssmix2.max-archive-size}") DataSize maxArchiveSize,
            IFhirSystemDao<Bundle, Meta> systemDao, IHapiTransactionService transactions, DataSource dataSource,
            FhirContext fhirContext, DaoRegistry daos, MatchUrlService matchUrls,
            TransactionProcessor transactionProcessor) {
        return new Ssmix2IngestOperation(new HospitalIdentity(medicalInstitutionCode), transactions,
                new RecordWriter(fhirContext, daos, systemDao, matchUrls, transactionProcessor),
                new Ssmix2Deliveries(dataSource, Clock.systemUTC()), new StoredResources(fhirContext, daos, matchUrls),
                maxArchiveSize);
    }

    /** {@code renkei.documents.strict}: refuse documents that do not conform to their profiles (default: keep them). */
    @Bean
    public DocumentIngestOperation documentIngestOperation(FhirContext fhirContext, ProfileValidator validator,
            @Value("${renkei.documents.strict:false}") boolean strict, IFhirSystemDao<Bundle, Meta> systemDao,
            DaoRegistry daos) {
        return new DocumentIngestOperation(fhirContext, validator, strict, systemDao, daos);
    }
}
