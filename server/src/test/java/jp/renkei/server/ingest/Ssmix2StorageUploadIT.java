package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;
import jp.renkei.mapping.ssmix2.upload.StorageUploader;
import jp.renkei.mapping.ssmix2.upload.UploadSummary;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.junit.jupiter.api.Test;

/** The storage uploader (the CLI) against a running server: a whole folder in, and again with nothing new. */
@RenkeiServerTest
class Ssmix2StorageUploadIT {

    private final IGenericClient client;

    Ssmix2StorageUploadIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void uploadsTheSampleStorageAndASecondUploadChangesNothing() throws Exception {
        Ssmix2Storage storage = new Ssmix2Storage(Path.of(getClass().getResource("/fixtures/ssmix2-storage").toURI()));
        SmartBackend hospital = SmartBackend.hospitalEhr(client.getServerBase());
        StorageUploader uploader = new StorageUploader(HttpClient.newHttpClient(), URI.create(client.getServerBase()),
                FhirClients.FHIR, new PrintStream(OutputStream.nullOutputStream()),
                () -> Optional.of(hospital.accessToken()));

        UploadSummary first = uploader.upload(storage);
        UploadSummary again = uploader.upload(storage);

        assertThat(first.accepted() + first.rejected().size()).isEqualTo(storage.paths().size());
        assertThat(first.accepted()).as("ADT-00, -22, -42, -61, PPR-01, OMP-01, OMP-12, OML-01, OML-11").isEqualTo(9);
        assertThat(first.created()).isPositive();
        assertThat(first.rejected()).isEmpty();
        assertThat(again.accepted()).isEqualTo(first.accepted());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isPositive();
    }
}
