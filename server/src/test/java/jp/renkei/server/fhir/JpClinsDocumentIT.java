package jp.renkei.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;

/** A hospital's JP-CLINS document is stored as the Bundle it sent and comes back unchanged. */
@RenkeiServerTest
class JpClinsDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEReferralDocumentIsStoredAndReadBackUnchanged(IGenericClient client) throws IOException {
        String sent = fixture("/fixtures/Bundle-Bundle-CLINS-Referral-Example-01.json");
        Bundle document = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, sent);

        IdType id = (IdType) client.create().resource(document).execute().getId();
        String readBack = FhirClients.FHIR.newJsonParser().encodeResourceToString(
                client.read().resource(Bundle.class).withId(id.getIdPart()).execute());

        assertThat(withoutServerMetadata(readBack)).isEqualTo(withoutServerMetadata(sent));
    }

    /** The server assigns id, version, time stamp and source; everything else must be what the hospital sent. */
    private static JsonNode withoutServerMetadata(String json) throws IOException {
        ObjectNode bundle = (ObjectNode) JSON.readTree(json);
        bundle.remove("id");
        if (bundle.get("meta") instanceof ObjectNode meta) {
            meta.remove(java.util.List.of("versionId", "lastUpdated", "source"));
            if (meta.isEmpty()) {
                bundle.remove("meta");
            }
        }
        return bundle;
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = JpClinsDocumentIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
