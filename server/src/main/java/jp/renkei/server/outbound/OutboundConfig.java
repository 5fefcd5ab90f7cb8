package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import java.time.Clock;
import jp.renkei.mapping.liaison.LiaisonSheetBuilder;
import jp.renkei.mapping.render.LiaisonSheetPage;
import jp.renkei.mapping.render.PdfPrinter;
import jp.renkei.mapping.render.SupportPlanPage;
import jp.renkei.profiles.LiaisonSectionTable;
import jp.renkei.server.security.access.AccessDecisions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What partners receive: liaison sheets (連携シート) and printed support plans (支援計画書). */
@Configuration
public class OutboundConfig {

    @Bean
    public PdfPrinter pdfPrinter() {
        return new PdfPrinter();
    }

    @Bean
    RecordSearch recordSearch(FhirContext fhir, DaoRegistry daos, MatchUrlService matchUrls,
            IHapiTransactionService transactions) {
        return new RecordSearch(fhir, daos, matchUrls, transactions);
    }

    @Bean
    public LiaisonSheetOperation liaisonSheetOperation(FhirContext fhir, DaoRegistry daos,
            IFhirSystemDao<Bundle, Meta> systemDao, RecordSearch search, AccessDecisions access, PdfPrinter printer) {
        LiaisonSheetBuilder builder = new LiaisonSheetBuilder(LiaisonSectionTable.fromRenkeiPackage(fhir));
        return new LiaisonSheetOperation(fhir, daos, new LiaisonSheetFiler(fhir, systemDao, search), access, new PatientRecordReader(search), builder,
                new LiaisonSheetPage(), printer, Clock.systemUTC());
    }

    @Bean
    public SupportPlanRenderOperation supportPlanRenderOperation(FhirContext fhir, RecordSearch search,
            AccessDecisions access, PdfPrinter printer) {
        return new SupportPlanRenderOperation(fhir, access, new SupportPlanReader(search), new SupportPlanPage(),
                printer);
    }
}
