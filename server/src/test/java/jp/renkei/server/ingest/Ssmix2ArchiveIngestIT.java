package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.junit.jupiter.api.Test;

/** {@code POST $ingest-ssmix2} with a zip of a storage tree: each file stored or refused on its own. */
@RenkeiServerTest
class Ssmix2ArchiveIngestIT {

    private static final List<String> MAPPED = List.of(
            "999/901/9999013/-/ADT-00/9999013_-_ADT-00_999999999999999_20111220224447339_-_1",
            "999/901/9999013/-/ADT-61/9999013_-_ADT-61_999999999999999_20111014232213000_-_1",
            "999/901/9999013/-/PPR-01/9999013_-_PPR-01_999999999999999_20111209163030000_01_1");
    private static final String WITHOUT_MSH = "777/701/7777013/-/ADT-00/7777013_-_ADT-00_999999999999999_20111220224447339_-_1";
    /** OMD-01 (食事オーダ), a data type Renkei does not map: skipped, not refused. */
    private static final String DIET_ORDER =
            "999/901/9999013/20111220/OMD-01/9999013_20111220_OMD-01_000000011000400_20111220080000000_01_1";

    private final IGenericClient client;

    Ssmix2ArchiveIngestIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void storesEachGoodFileRefusesTheBrokenOneByNameAndChangesNothingTheSecondTime() throws Exception {
        byte[] zip = storageZip();

        HttpResponse<String> first = ingest(zip);
        HttpResponse<String> again = ingest(zip);

        assertThat(first.statusCode()).isEqualTo(200);
        Parameters firstSummary = parameters(first);
        assertThat(count(firstSummary, "accepted")).isEqualTo(3);
        assertThat(count(firstSummary, "skipped")).isEqualTo(1);
        assertThat(count(firstSummary, "rejected")).isEqualTo(1);
        assertThat(results(firstSummary)).filteredOn(result -> hasPart(result, "skipped")).singleElement()
                .satisfies(result -> assertThat(part(result, "file") + " " + part(result, "skipped"))
                        .contains(DIET_ORDER).contains("OMD-01 is not mapped"));
        assertThat(results(firstSummary)).filteredOn(result -> hasPart(result, "rejected")).singleElement()
                .satisfies(result -> assertThat(part(result, "file") + " " + part(result, "rejected"))
                        .contains(WITHOUT_MSH).contains("MSH"));
        Parameters againSummary = parameters(again);
        assertThat(count(againSummary, "accepted")).isEqualTo(3);
        assertThat(results(againSummary)).filteredOn(result -> !hasPart(result, "rejected") && !hasPart(result, "skipped"))
                .hasSize(3)
                .allSatisfy(result -> {
                    assertThat(part(result, "created")).isEqualTo("0");
                    assertThat(part(result, "updated")).isEqualTo("0");
                    assertThat(Integer.parseInt(part(result, "unchanged"))).isPositive();
                });
        assertThat(client.search().byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|7777013")
                .returnBundle(org.hl7.fhir.r4.model.Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void refusesABodyThatIsNotAZip() throws Exception {
        HttpResponse<String> response = ingest("MSH|^~\\&|".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains("archive");
    }

    private HttpResponse<String> ingest(byte[] zip) throws IOException, InterruptedException {
        HttpRequest request = SmartBackend.hospitalEhr(client.getServerBase())
                .authorize(HttpRequest.newBuilder(URI.create(client.getServerBase() + "/$ingest-ssmix2")))
                .header("Content-Type", "application/zip")
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] storageZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String path : MAPPED) {
                zip.putNextEntry(new ZipEntry("storage/" + path));
                try (InputStream in = Ssmix2ArchiveIngestIT.class.getResourceAsStream("/fixtures/ssmix2-storage/" + path)) {
                    in.transferTo(zip);
                }
            }
            zip.putNextEntry(new ZipEntry("storage/" + WITHOUT_MSH));
            zip.write("PID|0001||7777013||テスト^ハナコ||19500101|F\r".getBytes(StandardCharsets.ISO_8859_1));
            zip.putNextEntry(new ZipEntry("storage/" + DIET_ORDER));
            zip.write("MSH|^~\\&|HIS123|SEND|GW|RCV|20111220080000||OMD^O03^OMD_O03|1|P|2.5\r"
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static Parameters parameters(HttpResponse<String> response) {
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    private static int count(Parameters summary, String name) {
        return ((IntegerType) summary.getParameter(name).getValue()).getValue();
    }

    private static List<ParametersParameterComponent> results(Parameters summary) {
        return summary.getParameter().stream().filter(p -> p.getName().equals("result")).toList();
    }

    private static boolean hasPart(ParametersParameterComponent result, String name) {
        return result.getPart().stream().anyMatch(part -> part.getName().equals(name));
    }

    private static String part(ParametersParameterComponent result, String name) {
        return result.getPart().stream().filter(part -> part.getName().equals(name)).findFirst()
                .map(part -> part.getValue().primitiveValue()).orElseThrow();
    }
}
