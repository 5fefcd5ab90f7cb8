package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SecondHospital;
import jp.renkei.server.support.SmartBackend;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** {@code POST $ingest-ssmix2}: one SS-MIX2 message in, its resources stored once, errors named. */
@RenkeiServerTest
class Ssmix2IngestIT {

    private static final String FIXTURE_PATIENT = "9999013";
    private static final String ADT_00 = "9999013_-_ADT-00_999999999999999_20111220224447339_-_1";
    private static final String PATIENT_ID = "urn:oid:1.2.392.100495.20.3.51.11119900018|9999013";
    private static final String OMP_01 = "9999013_20110701_OMP-01_000000011000185_20110701224603984_01_1";

    private final IGenericClient client;

    Ssmix2IngestIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void storesThePatientOfAnAdt00MessageOnceAndNothingNewOnRedelivery() throws Exception {
        HttpResponse<String> first = ingest(ADT_00, fixture(ADT_00));
        HttpResponse<String> again = ingest(ADT_00, fixture(ADT_00));

        assertThat(first.statusCode()).isEqualTo(200);
        Parameters firstSummary = parameters(first);
        // Other tests may have stored this file already (the server is shared): count everything the file touched.
        int touched = count(firstSummary, "created") + count(firstSummary, "updated") + count(firstSummary, "unchanged");
        assertThat(touched).isPositive();
        Parameters againSummary = parameters(again);
        assertThat(count(againSummary, "created")).isZero();
        assertThat(count(againSummary, "updated")).isZero();
        assertThat(count(againSummary, "unchanged")).isEqualTo(touched);
        Bundle patients = client.search().byUrl("Patient?identifier=" + PATIENT_ID).returnBundle(Bundle.class).execute();
        assertThat(patients.getEntry()).singleElement().satisfies(entry -> {
            Patient patient = (Patient) entry.getResource();
            assertThat(patient.getName()).extracting(name -> name.getFamily()).contains("患者", "カンジャ");
            assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-04-05");
        });
    }

    @Test
    void appliesAFileAgainWhenItsBytesChangedUnderTheSameName() throws Exception {
        // Another patient than the shared fixture's, so that no other test sees the changed birth date.
        String file = ADT_00.replace(FIXTURE_PATIENT, "7777013");
        byte[] original = adt00Of("7777013");
        byte[] corrected = new String(original, StandardCharsets.ISO_8859_1).replace("|19480405|", "|19480406|")
                .getBytes(StandardCharsets.ISO_8859_1);

        Parameters first = parameters(ingest(file, original));
        Parameters same = parameters(ingest(file, original));
        Parameters changed = parameters(ingest(file, corrected));

        assertThat(count(first, "created")).isPositive();
        assertThat(count(same, "created") + count(same, "updated")).isZero();
        assertThat(count(changed, "updated")).isPositive();
        assertThat(count(changed, "created")).isZero();
        Patient patient = (Patient) client.search()
                .byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|7777013")
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-04-06");
    }

    @Test
    void checksAnotherHospitalsCopyOfAnAppliedFileAsItsOwnWrite() throws Exception {
        String file = ADT_00.replace(FIXTURE_PATIENT, "6666013");
        byte[] message = adt00Of("6666013");
        SmartBackend secondHospital = SecondHospital.backend(URI.create(client.getServerBase()).getPort());

        HttpResponse<String> first = ingest(file, message);
        HttpResponse<String> fromSecondHospital = ingest(secondHospital, file, message);

        // The first hospital's delivery ledger does not answer for the second: its write is checked, and refused,
        // because the patient is the first hospital's.
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(fromSecondHospital.statusCode()).isEqualTo(403);
        assertThat(fromSecondHospital.body()).contains("OperationOutcome");
    }

    @Test
    void storesANameWithAWindowsVendorCharacter() throws Exception {
        // 髙橋: 髙 is an IBM extension (JIS 0x7C62) outside JIS X 0208, written by Windows EHRs; 橋 is 0x3636.
        String file = ADT_00.replace(FIXTURE_PATIENT, "5555013");
        byte[] message = new String(adt00Of("5555013"), StandardCharsets.ISO_8859_1)
                .replace("\u001b$B45<T", "\u001b$B|b66").getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = ingest(file, message);

        assertThat(response.statusCode()).isEqualTo(200);
        Patient patient = (Patient) client.search()
                .byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|5555013")
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(patient.getName()).extracting(name -> name.getFamily()).contains("髙橋", "カンジャ");
    }

    @Test
    void withdrawsTheDrugANewerVersionOfTheOrderLeavesOutAndDoesNotApplyAnOlderOneSentLate() throws Exception {
        String patient = "4444013";
        String firstFile = OMP_01.replace(FIXTURE_PATIENT, patient);
        String newerFile = firstFile.replace("20110701224603984", "20110702090000000");
        String olderFile = firstFile.replace("20110701224603984", "20110630090000000");
        byte[] threeDrugs = new String(fixture("20110701/OMP-01", OMP_01), StandardCharsets.ISO_8859_1)
                .replace(FIXTURE_PATIENT, patient).getBytes(StandardCharsets.ISO_8859_1);
        byte[] twoDrugs = withoutLastOrder(threeDrugs);

        Parameters first = parameters(ingest(firstFile, threeDrugs));
        Parameters newer = parameters(ingest(newerFile, twoDrugs));
        HttpResponse<String> older = ingest(olderFile, threeDrugs);

        assertThat(count(first, "created")).isGreaterThanOrEqualTo(3);
        // The two drugs it keeps are unchanged; the third, アレピアチン, is withdrawn.
        assertThat(count(newer, "updated")).isEqualTo(1);
        assertThat(count(newer, "created")).isZero();
        assertThat(older.statusCode()).isEqualTo(200);
        Parameters olderSummary = parameters(older);
        assertThat(olderSummary.getParameterValue("supersededBy")).hasToString(newerFile);
        assertThat(count(olderSummary, "created") + count(olderSummary, "updated")).isZero();
        Bundle requests = client.search().byUrl("MedicationRequest?subject:Patient.identifier="
                + "urn:oid:1.2.392.100495.20.3.51.11119900018|" + patient).returnBundle(Bundle.class).execute();
        assertThat(requests.getEntry()).extracting(entry -> (MedicationRequest) entry.getResource())
                .hasSize(3)
                .allSatisfy(request -> assertThat(request.getStatus()
                        == MedicationRequest.MedicationRequestStatus.ENTEREDINERROR)
                        .as(request.getMedicationCodeableConcept().getCodingFirstRep().getCode())
                        .isEqualTo(request.getMedicationCodeableConcept().getCoding().stream()
                                .anyMatch(coding -> coding.getCode().equals("100607002"))));
    }

    @Test
    void keepsADischargedAdmissionDischargedWhenAnEarlierTransferArrivesLate() throws Exception {
        String patient = "2222013";
        String admission = "9999013_20111120_ADT-22_999999999999999_20111220224447339_01_1";
        byte[] admitted = new String(fixture("20111120/ADT-22", admission), StandardCharsets.ISO_8859_1)
                .replace(FIXTURE_PATIENT, patient).getBytes(StandardCharsets.ISO_8859_1);
        String doctor = "ishi01^医師一郎^^^^^^^^L^^^^^I";

        HttpResponse<String> admittedAnswer = ingest(admission.replace(FIXTURE_PATIENT, patient), admitted);
        HttpResponse<String> discharged = ingest(patient + "_20111225_ADT-52_999999999999999_20111225110000000_01_1",
                message("ADT^A03^ADT_A03", "20111225110000", "EVN||201112251100|||||SEND001", patient,
                        "PV1|0001|I|32^302^1^^^N||||" + doctor + "|||01|||||||" + doctor + "|".repeat(19) + "01"
                                + "|".repeat(8) + "201111201600|201112251000"));
        // A transfer of 22 December, sent after the discharge (a re-sent backlog).
        HttpResponse<String> lateTransfer = ingest(patient + "_20111222_ADT-42_999999999999999_20111222090000000_01_1",
                message("ADT^A02^ADT_A02", "20111222090000", "EVN||201112220900||||201112220900|SEND001", patient,
                        "PV1|0001|I|33^303^1^^^N|||32^302^1^^^N|" + doctor + "|||01|||||||" + doctor
                                + "|".repeat(27) + "201111201600"));

        assertThat(List.of(admittedAnswer, discharged, lateTransfer)).extracting(HttpResponse::statusCode)
                .containsOnly(200);
        Encounter stay = (Encounter) client.search().byUrl("Encounter?identifier="
                        + "http://renkei.jp/fhir/NamingSystem/ssmix2-admission/1119900018|" + patient + "_20111120")
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(stay.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(stay.getPeriod().getEndElement().getValueAsString()).isEqualTo("2011-12-25T10:00:00+09:00");
    }

    @Test
    void keepsEveryBedOfAStayThroughTransferAndDischargeAndTakesALaterAttendingChangeAsADoctorChangeOnly() throws Exception {
        String patient = "2222014";
        String doctor = "ishi01^医師一郎^^^^^^^^L^^^^^I";
        String admitted = "|".repeat(27) + "202401080930";
        List<HttpResponse<String>> answers = List.of(
                ingest(patient + "_20240108_ADT-22_999999999999999_20240108100000000_01_1",
                        message("ADT^A01^ADT_A01", "20240108100000", "EVN||202401081000||||202401080930", patient,
                                "PV1|0001|I|32^302^1^^^N||||" + doctor + "|||01|||||||" + doctor + admitted)),
                ingest(patient + "_20240112_ADT-42_999999999999999_20240112150000000_01_1",
                        message("ADT^A02^ADT_A02", "20240112150000", "EVN||202401121500||||202401121430", patient,
                                "PV1|0001|I|33^303^2^^^N|||32^302^1^^^N|" + doctor + "|||01|||||||" + doctor
                                        + admitted)),
                ingest(patient + "_20240120_ADT-52_999999999999999_20240120100000000_01_1",
                        message("ADT^A03^ADT_A03", "20240120100000", "EVN||202401201000||||202401201000", patient,
                                "PV1|0001|I|33^303^2^^^N||||" + doctor + "|||01|||||||" + doctor + "|".repeat(19)
                                        + "01" + "|".repeat(8) + "202401080930|202401201000")),
                // The attending doctor corrected on the record after the discharge (ADT-01, A54).
                ingest(patient + "_20240122_ADT-01_999999999999999_20240122090000000_01_1",
                        message("ADT^A54^ADT_A54", "20240122090000", "EVN||202401220900", patient,
                                "PV1|0001|I|33^303^2^^^N||||ishi02^医師二郎^^^^^^^^L^^^^^I|||01" + "|".repeat(34)
                                        + "202401080930")));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        Encounter stay = (Encounter) client.search().byUrl("Encounter?identifier="
                        + "http://renkei.jp/fhir/NamingSystem/ssmix2-admission/1119900018|" + patient + "_20240108")
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(stay.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(stay.getLocation()).extracting(bed -> bed.getLocation().getIdentifier().getValue(),
                        bed -> bed.getStatus().toCode(), bed -> bed.getPeriod().getStartElement().getValueAsString(),
                        bed -> bed.getPeriod().getEndElement().getValueAsString(),
                        bed -> bed.getLocation().getReferenceElement().getResourceType())
                .containsExactly(
                        tuple("32^302^1", "completed", "2024-01-08T09:30:00+09:00", "2024-01-12T14:30:00+09:00",
                                "Location"),
                        tuple("33^303^2", "completed", "2024-01-12T14:30:00+09:00", "2024-01-20T10:00:00+09:00",
                                "Location"));
        assertThat(stay.getParticipant()).extracting(who -> who.getTypeFirstRep().getCodingFirstRep().getCode(),
                        who -> who.getIndividual().getIdentifier().getValue())
                .containsExactlyInAnyOrder(tuple("ADM", "ishi01"), tuple("ATND", "ishi02"));
    }

    @Test
    void answersAFileOfADataTypeItDoesNotMapAsSkippedAndStoresNothing() throws Exception {
        // OMG-01 (放射線検査オーダ): a storage holds it, Renkei does not map it; an interface engine must not retry it.
        String file = "3333013_20111220_OMG-01_000000011000500_20111220103059000_01_1";
        byte[] message = adt00Of("3333013");

        HttpResponse<String> response = ingest(file, message);

        assertThat(response.statusCode()).isEqualTo(200);
        Parameters summary = parameters(response);
        assertThat(summary.getParameterValue("skipped").primitiveValue())
                .contains("OMG-01 is not mapped").contains("ADT-00").contains("OML-11");
        assertThat(count(summary, "created") + count(summary, "updated") + count(summary, "unchanged")).isZero();
        assertThat(client.search().byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|3333013")
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void refusesAFileOfADataTypeStandardizedStorageDoesNotHave() throws Exception {
        String file = "3333024_20111220_XYZ-99_000000011000500_20111220103059000_01_1";
        byte[] message = adt00Of("3333024");

        HttpResponse<String> response = ingest(file, message);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains(file).contains("unknown data type XYZ-99");
        assertThat(client.search().byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|3333024")
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void refusesAMessageWithoutMshNamingTheFileAndStoresNothing() throws Exception {
        String file = "8888013_-_ADT-00_999999999999999_20111220224447339_-_1";
        byte[] noMsh = "PID|0001||8888013||テスト^ハナコ||19500101|F\r".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = ingest(file, noMsh);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains(file).contains("MSH");
        assertThat(client.search().byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|8888013")
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void refusesAFileNameThatIsNotAnSsmix2Name() throws Exception {
        HttpResponse<String> response = ingest("patient.hl7", fixture(ADT_00));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("patient.hl7").contains("not an SS-MIX2 file name");
    }

    @Test
    void storesOrdersOfANewPatientSentAtOnceWithOnePatient() throws Exception {
        // Each order creates the patient if it is not there yet: sent side by side, all but one lose that race once.
        String patient = "1212013";
        byte[] order = new String(fixture("20110701/OMP-01", OMP_01), StandardCharsets.ISO_8859_1)
                .replace(FIXTURE_PATIENT, patient).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> orders = IntStream.range(0, 6).boxed().collect(Collectors.toMap(
                n -> OMP_01.replace(FIXTURE_PATIENT, patient).replace("000000011000185", "00000001100090" + n),
                n -> order));

        List<Integer> statuses = sentAtOnce(orders);
        Parameters again = parameters(ingest(orders.keySet().iterator().next(), order));

        assertThat(statuses).containsOnly(200);
        Bundle patients = client.search()
                .byUrl("Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|" + patient)
                .returnBundle(Bundle.class).execute();
        assertThat(patients.getEntry()).hasSize(1);
        String patientId = patients.getEntryFirstRep().getResource().getIdElement().toUnqualifiedVersionless().getValue();
        Bundle stored = client.search().byUrl("MedicationRequest?subject=" + patientId + "&_count=50")
                .returnBundle(Bundle.class).execute();
        assertThat(stored.getEntry()).hasSize(orders.size() * 3);
        assertThat(count(again, "created") + count(again, "updated")).isZero();
    }

    @Test
    void storesAdmissionsOfSeveralPatientsToANewBedSentAtOnceWithOneLocation() throws Exception {
        // Each admission creates the bed's Location if it is not there yet: the same race across patients.
        String bed = "41^401^1";
        Map<String, byte[]> admissions = IntStream.range(0, 6).mapToObj(n -> "131301" + n).collect(Collectors.toMap(
                patient -> patient + "_20111120_ADT-22_999999999999999_20111120160000000_01_1",
                patient -> message("ADT^A01^ADT_A01", "20111120160000", "EVN||201111201600|||||SEND001", patient,
                        "PV1|0001|I|" + bed + "^^^N||||ishi01^医師一郎^^^^^^^^L^^^^^I" + "|".repeat(37)
                                + "201111201600")));

        List<Integer> statuses = sentAtOnce(admissions);

        assertThat(statuses).containsOnly(200);
        assertThat(client.search().byUrl("Location?identifier=http://renkei.jp/fhir/NamingSystem/ssmix2-location/"
                + "1119900018|" + bed.replace("^", "%5E")).returnBundle(Bundle.class).execute().getEntry()).hasSize(1);
    }

    /** Sends every file at the same moment, each on its own connection; their HTTP statuses. */
    private List<Integer> sentAtOnce(Map<String, byte[]> files) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<HttpResponse<String>>> sent = files.entrySet().stream()
                    .map(file -> senders.submit(() -> {
                        start.await();
                        return ingest(file.getKey(), file.getValue());
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                statuses.add(response.get(60, TimeUnit.SECONDS).statusCode());
            }
            return statuses;
        } finally {
            senders.shutdown();
        }
    }

    private HttpResponse<String> ingest(String file, byte[] message) throws IOException, InterruptedException {
        return ingest(SmartBackend.hospitalEhr(client.getServerBase()), file, message);
    }

    private HttpResponse<String> ingest(SmartBackend sender, String file, byte[] message)
            throws IOException, InterruptedException {
        HttpRequest request = sender.authorize(HttpRequest.newBuilder(
                        URI.create(client.getServerBase() + "/$ingest-ssmix2?file="
                        + URLEncoder.encode(file, StandardCharsets.UTF_8))))
                .header("Content-Type", "application/hl7-v2")
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Parameters parameters(HttpResponse<String> response) {
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    private static int count(Parameters summary, String name) {
        return ((IntegerType) summary.getParameter(name).getValue()).getValue();
    }

    /** The fixture's ADT-00 message for another patient ID (the ID is ASCII; the rest of the bytes stay as they are). */
    private static byte[] adt00Of(String patientId) throws IOException {
        return new String(fixture(ADT_00), StandardCharsets.ISO_8859_1).replace(FIXTURE_PATIENT, patientId)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] fixture(String file) throws IOException {
        return fixture("-/ADT-00", file);
    }

    private static byte[] fixture(String folder, String file) throws IOException {
        try (InputStream in = Ssmix2IngestIT.class.getResourceAsStream(
                "/fixtures/ssmix2-storage/999/901/9999013/" + folder + "/" + file)) {
            return in.readAllBytes();
        }
    }

    /** An ADT message of the patient (MSH-9 and MSH-7 given), in ISO-2022-JP with CR segment ends. */
    private static byte[] message(String type, String time, String evn, String patient, String pv1) {
        return String.join("\r",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|" + time + "||" + type + "|" + time + "|P|2.5||||||~ISO IR87"
                        + "||ISO 2022-1994",
                evn,
                "PID|0001||" + patient + "||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M",
                pv1).getBytes(Charset.forName("ISO-2022-JP"));
    }

    /** The message without its last ORC and the segments after it: the order without its last drug. */
    private static byte[] withoutLastOrder(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.lastIndexOf("\rORC|") + 1).getBytes(StandardCharsets.ISO_8859_1);
    }
}
