package jp.renkei.mapping.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sheets for 佐藤 ハル (renkei-demo-patient-01) built from the server's demo data as it is stored, so that what the
 * demo loads builds into valid documents. The whole demo network is passed as the record: the builder itself must
 * keep other patients' data out. Skipped when the server module is not next to this one.
 */
class DemoDataSheetTest {

    private static final Path DEMO = Path.of("../server/src/main/resources/demo");
    private static final List<String> FILES = List.of("network-organizations.json", "network-staff.json",
            "patients.json", "clinical.json", "medications.json", "lab-results.json", "care-plans.json",
            "referrals.json", "consents.json");
    private static final Map<RecipientKind, String> RECIPIENTS = Map.of(
            RecipientKind.CLINIC, "Organization/renkei-demo-clinic-aoba",
            RecipientKind.CARE_MANAGER, "Organization/renkei-demo-care-manager-office",
            RecipientKind.VISITING_NURSING, "Organization/renkei-demo-visiting-nursing-station",
            RecipientKind.COMMUNITY_SUPPORT_CENTER, "Organization/renkei-demo-support-center");

    private static final LiaisonSheetBuilder BUILDER =
            new LiaisonSheetBuilder(LiaisonSectionTable.fromRenkeiPackage(LiaisonRecords.FHIR));
    private static List<Resource> network;

    @BeforeAll
    static void readDemo() throws IOException {
        assumeTrue(Files.isDirectory(DEMO), "server demo data not found");
        network = new ArrayList<>();
        for (String file : FILES) {
            Bundle bundle = LiaisonRecords.FHIR.newJsonParser().parseResource(Bundle.class,
                    Files.readString(DEMO.resolve(file), StandardCharsets.UTF_8));
            bundle.getEntry().forEach(entry -> network.add(entry.getResource()));
        }
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void demoPatientsSheetIsValidAndHoldsOnlyTheirData(RecipientKind kind) {
        Bundle sheet = BUILDER.build(new PatientRecord((Patient) find("Patient/renkei-demo-patient-01"), network),
                new LiaisonSheetRequest(kind, (Organization) find(RECIPIENTS.get(kind)),
                        (Organization) find("Organization/renkei-demo-liaison-office"),
                        Instant.parse("2026-11-25T01:00:00Z")));
        String json = SheetValidation.json(sheet);

        assertThat(SheetValidation.errors(sheet)).as("errors of %s", json).isEmpty();
        assertThat(json).contains("佐藤 ハル").doesNotContain("鈴木 正雄", "renkei-demo-patient-02");
        Composition composition = (Composition) sheet.getEntryFirstRep().getResource();
        assertThat(composition.getSection().stream().filter(section -> section.hasEntry()).count())
                .as("sections with data").isPositive();
    }

    private static Resource find(String key) {
        return network.stream().filter(resource -> SourceRecord.key(resource).equals(key)).findFirst().orElseThrow();
    }
}
