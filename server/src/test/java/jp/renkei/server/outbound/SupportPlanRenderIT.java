package jp.renkei.server.outbound;

import static jp.renkei.server.support.PartnerNetwork.CLINIC;
import static jp.renkei.server.support.PartnerNetwork.NURSING;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.net.URI;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.PlainRequests;
import jp.renkei.server.support.PlainRequests.Fetched;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;

/** {@code CarePlan/{id}/$render}: the printed support plan (支援計画書), for the hospital and the plan's care team. */
@RenkeiServerTest
class SupportPlanRenderIT {

    private final IGenericClient hospital;
    private final PartnerNetwork network;
    private final int port;

    SupportPlanRenderIT(IGenericClient hospital) {
        this.hospital = hospital;
        this.port = URI.create(hospital.getServerBase()).getPort();
        this.network = new PartnerNetwork(port, hospital);
    }

    @Test
    void theHospitalPrintsAPlanAsHtmlByDefaultAsPdfOrAsItsFhirBundle() throws IOException {
        IdType patient = network.newPatient();
        network.consent(patient, NURSING);
        IdType plan = network.carePlan(patient, NURSING);
        SmartBackend ehr = SmartBackend.hospitalEhr(port);

        Fetched html = PlainRequests.get(ehr, hospital.getServerBase(), render(plan), "*/*");
        Fetched pdf = PlainRequests.get(ehr, hospital.getServerBase(), render(plan) + "?_format=pdf", "*/*");
        Fetched fhir = PlainRequests.get(ehr, hospital.getServerBase(), render(plan), "application/fhir+json");

        assertThat(html.status()).as(html.text()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("山田", "太郎");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("山田");
        }
        Bundle printed = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, fhir.text());
        assertThat(printed.getEntryFirstRep().getResource()).isInstanceOf(CarePlan.class);
        assertThat(printed.getEntry()).extracting(entry -> entry.getResource().fhirType())
                .contains("Patient", "CareTeam");
    }

    @Test
    void thePlansCareTeamPrintsItAndAnotherPartnerOfThePatientDoesNot() {
        IdType patient = network.newPatient();
        network.consent(patient, CLINIC, NURSING);
        IdType plan = network.carePlan(patient, NURSING);

        Fetched nursing = PlainRequests.get(network.backend("visiting-nursing"), hospital.getServerBase(),
                render(plan), "text/html");
        Fetched clinic = PlainRequests.get(network.backend("clinic-aoba"), hospital.getServerBase(), render(plan),
                "text/html");

        assertThat(nursing.status()).as(nursing.text()).isEqualTo(200);
        assertThat(nursing.text()).contains("山田");
        assertThat(clinic.status()).isEqualTo(403);
        assertThat(clinic.text()).doesNotContain("山田");
    }

    private static String render(IdType plan) {
        return "CarePlan/" + plan.getIdPart() + "/$render";
    }
}
