package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;
import jp.renkei.mapping.ssmix2.upload.StorageUploader;
import jp.renkei.mapping.ssmix2.upload.UploadSummary;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage uploader (the CLI) against a running server: whole folders in, several patients side by side. */
@RenkeiServerTest
class Ssmix2StorageUploadIT {

    private static final String FIXTURE_PATIENT = "9999013";
    private static final String PATIENT_ID_SYSTEM = "urn:oid:1.2.392.100495.20.3.51.11119900018";
    private static final Path FIXTURE_LAB_RESULT =
            Path.of("20111220/OML-11/9999013_20111220_OML-11_000000011000354_20111220103059000_01_1");

    private final IGenericClient client;

    Ssmix2StorageUploadIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void uploadsTheSampleStorageAndASecondUploadChangesNothing() throws Exception {
        Ssmix2Storage storage = new Ssmix2Storage(fixtureStorage());
        StorageUploader uploader = uploader(StorageUploader.DEFAULT_CLIENTS);

        UploadSummary first = uploader.upload(storage);
        UploadSummary again = uploader.upload(storage);

        assertThat(first.accepted() + first.skipped() + first.rejected().size()).isEqualTo(storage.paths().size());
        assertThat(first.accepted()).as("ADT-00, -22, -42, -61, PPR-01, OMP-01, OMP-12, OML-01, OML-11").isEqualTo(9);
        assertThat(first.created()).isPositive();
        assertThat(first.rejected()).isEmpty();
        assertThat(again.accepted()).isEqualTo(first.accepted());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isPositive();
    }

    @Test
    void uploadsPatientsSideBySideAndEachPatientsFilesInStorageOrder(@TempDir Path root) throws Exception {
        // Patient IDs unique per run, so that the files create what this test looks at even on a used database.
        String stamp = String.valueOf(System.currentTimeMillis() % 100_000_000L);
        List<String> patients = List.of("A" + stamp, "B" + stamp, "C" + stamp);
        for (String patient : patients) {
            copyFixtureStorage(root, patient);
        }
        // B's lab report is deleted (論理削除) by a later file; sent before the report's file, the report would end final.
        String deleted = patients.get(1);
        Path labResult = patientFolder(root, deleted)
                .resolve(FIXTURE_LAB_RESULT.toString().replace(FIXTURE_PATIENT, deleted));
        Files.write(labResult.resolveSibling(labResult.getFileName().toString()
                .replace("_20111220103059000_01_1", "_20111221090000000_01_0")), Files.readAllBytes(labResult));

        // A's storage also holds a diet order (OMD-01), which Renkei does not map.
        Path dietOrder = patientFolder(root, patients.get(0)).resolve("20111220/OMD-01/" + patients.get(0)
                + "_20111220_OMD-01_000000011000400_20111220080000000_01_1");
        Files.createDirectories(dietOrder.getParent());
        Files.writeString(dietOrder, "MSH|^~\\&|HIS123|SEND|GW|RCV|20111220080000||OMD^O03^OMD_O03|1|P|2.5\r");

        UploadSummary summary = uploader(3).upload(new Ssmix2Storage(root));

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.accepted()).isEqualTo(3 * 9 + 1);
        assertThat(summary.skippedByDataType()).containsExactly(java.util.Map.entry("OMD-01", 1));
        assertThat(summary.toString()).contains("1 skipped (data types not mapped: {OMD-01=1})");
        for (String patient : patients) {
            assertThat(client.search().byUrl("Patient?identifier=" + PATIENT_ID_SYSTEM + "|" + patient)
                    .returnBundle(Bundle.class).execute().getEntry()).as(patient).hasSize(1);
        }
        assertThat(labResultStatuses(patients.get(0))).isNotEmpty().doesNotContain("entered-in-error");
        assertThat(labResultStatuses(deleted)).isNotEmpty().containsOnly("entered-in-error");
        assertThat(labResultStatuses(patients.get(2))).isEqualTo(labResultStatuses(patients.get(0)));
    }

    @Test
    void reportsAnOlderVersionUploadedAfterANewerOneAsSupersededAndAppliesNothingOfIt(@TempDir Path root)
            throws Exception {
        String patient = "D" + (System.currentTimeMillis() % 100_000_000L);
        Path newer = root.resolve("newer");
        Path older = root.resolve("older");
        copyFixtureStorage(newer, patient);
        Path labResult = patientFolder(newer, patient)
                .resolve(FIXTURE_LAB_RESULT.toString().replace(FIXTURE_PATIENT, patient));
        Path olderLabResult = patientFolder(older, patient).resolve(patientFolder(newer, patient).relativize(labResult))
                .resolveSibling(labResult.getFileName().toString().replace("_20111220103059000_", "_20111220090000000_"));
        Files.createDirectories(olderLabResult.getParent());
        Files.copy(labResult, olderLabResult);

        UploadSummary first = uploader(1).upload(new Ssmix2Storage(newer));
        UploadSummary late = uploader(1).upload(new Ssmix2Storage(older));

        assertThat(first.superseded()).isZero();
        assertThat(late.accepted()).isEqualTo(1);
        assertThat(late.superseded()).isEqualTo(1);
        assertThat(late.created() + late.updated() + late.unchanged()).isZero();
        assertThat(late.toString()).contains("1 files superseded by a later version");
    }

    @Test
    void uploadsAPatientWithMoreFilesThanOneRequestTakesAndReportsTheBrokenOneByName(@TempDir Path root)
            throws Exception {
        String patient = "E" + (System.currentTimeMillis() % 100_000_000L);
        copyFixtureStorage(root, patient);
        Path orders = patientFolder(root, patient).resolve("20110701/OMP-01");
        Path order = orders.resolve("9999013_20110701_OMP-01_000000011000185_20110701224603984_01_1"
                .replace(FIXTURE_PATIENT, patient));
        int extraOrders = StorageUploader.FILES_PER_REQUEST + 5;
        for (int n = 0; n < extraOrders; n++) {
            Files.copy(order, order.resolveSibling(order.getFileName().toString()
                    .replace("_000000011000185_", String.format("_0000000120%05d_", n))));
        }
        // A message without its MSH segment, in the second request (after the orders, before the other data types).
        Path broken = orders.resolve(patient + "_20110701_OMP-01_000000012000100_20110701120000000_01_1");
        Files.writeString(broken, "PID|0001||" + patient + "||KANJA^TARO\r");

        UploadSummary summary = uploader(1).upload(new Ssmix2Storage(root));

        assertThat(summary.accepted()).isEqualTo(9 + extraOrders);
        assertThat(summary.rejected()).singleElement().satisfies(rejection -> {
            assertThat(rejection.fileName()).isEqualTo(broken.getFileName().toString());
            assertThat(rejection.reason()).contains("MSH");
        });
        Bundle prescriptions = client.search().byUrl("MedicationRequest?subject.identifier=" + PATIENT_ID_SYSTEM + "|"
                + patient + "&_summary=count").returnBundle(Bundle.class).execute();
        assertThat(prescriptions.getTotal()).isEqualTo((1 + extraOrders) * 3);
    }

    private StorageUploader uploader(int clients) {
        SmartBackend hospital = SmartBackend.hospitalEhr(client.getServerBase());
        return new StorageUploader(HttpClient.newHttpClient(), URI.create(client.getServerBase()), FhirClients.FHIR,
                new PrintStream(OutputStream.nullOutputStream()), () -> Optional.of(hospital.accessToken()), clients);
    }

    /** The statuses of the patient's lab reports (OML-11 only: ADT-00 also brings a laboratory Observation). */
    private List<String> labResultStatuses(String patient) {
        Bundle reports = client.search()
                .byUrl("DiagnosticReport?subject.identifier=" + PATIENT_ID_SYSTEM + "|" + patient)
                .returnBundle(Bundle.class).execute();
        return reports.getEntry().stream()
                .map(entry -> ((DiagnosticReport) entry.getResource()).getStatus().toCode())
                .toList();
    }

    private static Path fixtureStorage() throws Exception {
        return Path.of(Ssmix2StorageUploadIT.class.getResource("/fixtures/ssmix2-storage").toURI());
    }

    private static Path patientFolder(Path root, String patient) {
        return root.resolve(patient.substring(0, 3)).resolve(patient.substring(3, 6)).resolve(patient);
    }

    /**
     * The fixture patient's files as another patient's: the ID in folder, file names and messages, and PID-3, which
     * in the sample storage is not always the folder's patient (ASCII: the ISO-2022-JP bytes around it stay as
     * they are).
     */
    private static void copyFixtureStorage(Path root, String patient) throws Exception {
        Path fixturePatient = fixtureStorage().resolve("999/901/" + FIXTURE_PATIENT);
        try (var files = Files.walk(fixturePatient)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = patientFolder(root, patient)
                        .resolve(fixturePatient.relativize(file).toString().replace(FIXTURE_PATIENT, patient));
                Files.createDirectories(target.getParent());
                Files.write(target, withPatient(Files.readAllBytes(file), patient));
            }
        }
    }

    private static byte[] withPatient(byte[] message, String patient) {
        String text = new String(message, StandardCharsets.ISO_8859_1).replace(FIXTURE_PATIENT, patient);
        String pid3 = text.lines() // segments: lines() ends a line at CR too
                .filter(segment -> segment.startsWith("PID|"))
                .map(segment -> segment.split("\\|", -1)[3].split("[\\^~]", -1)[0])
                .findFirst().orElse(patient);
        return text.replace("|" + pid3 + "^", "|" + patient + "^").replace("|" + pid3 + "|", "|" + patient + "|")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
