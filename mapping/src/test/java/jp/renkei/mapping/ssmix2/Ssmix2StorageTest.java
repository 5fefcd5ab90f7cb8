package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void dataTypesNotMappedYetAreReported() {
        assertThatThrownBy(() -> Fixtures.map(Fixtures.sample("OMP-12")))
                .isInstanceOfSatisfying(MappingException.class,
                        e -> assertThat(e.reason()).contains("OMP-12 is not mapped yet"));
    }
}
