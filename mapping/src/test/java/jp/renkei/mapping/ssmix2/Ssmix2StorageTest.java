package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssmix2StorageTest {

    @Test
    void findsTheMessagesOfTheSampleStorageInPathOrder() {
        var files = new Ssmix2Storage(Fixtures.storage()).files();
        assertThat(files).extracting(file -> file.name().dataType()).containsExactly(
                "ADT-00", "ADT-61", "PPR-01", "OMP-01", "OMP-12", "ADT-22", "ADT-42", "OML-01", "OML-11");
        assertThat(files.get(0).content()).startsWith("MSH|".getBytes());
    }

    @Test
    void passesOverFilesThatAreNotMessages(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("999/901/9999013/-/ADT-61"));
        Fixtures.copyTo(folder, Fixtures.sample("ADT-61"));
        Files.writeString(root.resolve("index.txt"), "not a message");
        assertThat(new Ssmix2Storage(root).files()).extracting(Ssmix2File::fileName)
                .containsExactly("9999013_-_ADT-61_999999999999999_20111014232213000_-_1");
    }

    @Test
    void groupsThePathsByPatientKeepingEachPatientsStorageOrder(@TempDir Path root) throws Exception {
        Path first = Files.createDirectories(root.resolve("999/901/9999013/-/ADT-00"));
        Path second = Files.createDirectories(root.resolve("999/902/9999024/20111220/OML-11"));
        Path firstLater = Files.createDirectories(root.resolve("999/901/9999013/20111220/OML-11"));
        Files.writeString(first.resolve("9999013_-_ADT-00_999999999999999_20111220224447339_-_1"), "");
        Files.writeString(second.resolve("9999024_20111220_OML-11_000000011000354_20111220103059123_15_1"), "");
        Files.writeString(firstLater.resolve("9999013_20111220_OML-11_000000011000354_20111220103059123_15_1"), "");
        Files.writeString(firstLater.resolve("9999013_20111220_OML-11_000000011000354_20111221090000000_15_0"), "");

        assertThat(new Ssmix2Storage(root).pathsByPatient())
                .extracting(files -> files.stream().map(file -> file.getFileName().toString()).toList())
                .containsExactly(
                        List.of("9999013_-_ADT-00_999999999999999_20111220224447339_-_1",
                                "9999013_20111220_OML-11_000000011000354_20111220103059123_15_1",
                                "9999013_20111220_OML-11_000000011000354_20111221090000000_15_0"),
                        List.of("9999024_20111220_OML-11_000000011000354_20111220103059123_15_1"));
    }

    @Test
    void dataTypesNotMappedYetAreReported() {
        // OMG-01 (放射線検査オーダ) is an SS-MIX2 data type Renkei does not map.
        Ssmix2File radiology = Fixtures.renamed(Fixtures.sample("OML-01"),
                "9999013_20111220_OMG-01_000000011000354_20111220103059123_15_1");
        assertThatThrownBy(() -> Fixtures.map(radiology))
                .isInstanceOfSatisfying(MappingException.class,
                        e -> assertThat(e.reason()).contains("OMG-01 is not mapped yet"));
    }
}
