package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class Ssmix2ArchiveTest {

    private static final long ENOUGH = 10_000_000;

    @Test
    void givesTheFilesOfAZippedStorageInTheOrderTheFolderGivesThem() throws IOException {
        List<Path> paths = new Ssmix2Storage(Fixtures.storage()).paths();
        List<Path> shuffled = new ArrayList<>(paths);
        Collections.reverse(shuffled);
        byte[] zip = zip(shuffled, "readme.txt");

        List<Ssmix2File> files = Ssmix2Archive.unpack(zip, ENOUGH);

        assertThat(files).extracting(Ssmix2File::fileName)
                .containsExactlyElementsOf(paths.stream().map(path -> path.getFileName().toString()).toList());
        assertThat(files.get(0).content()).isEqualTo(Files.readAllBytes(paths.get(0)));
    }

    @Test
    void readsAZipMadeOnJapaneseWindows() throws IOException {
        // Entry names in Windows-31J without the UTF-8 flag, under a folder named in Japanese, separated by \.
        Path adt00 = new Ssmix2Storage(Fixtures.storage()).paths().get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("windows-31j"))) {
            zip.putNextEntry(new ZipEntry("標準化ストレージ\\" + Fixtures.storage().relativize(adt00).toString()
                    .replace('/', '\\')));
            zip.write(Files.readAllBytes(adt00));
        }

        List<Ssmix2File> files = Ssmix2Archive.unpack(bytes.toByteArray(), ENOUGH);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo(adt00.getFileName().toString());
            assertThat(file.path().getName(0).toString()).isEqualTo("標準化ストレージ");
        });
    }

    @Test
    void refusesAnArchiveThatUnpacksToMoreThanTheLimit() throws IOException {
        byte[] zip = zip(new Ssmix2Storage(Fixtures.storage()).paths());

        assertThatThrownBy(() -> Ssmix2Archive.unpack(zip, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 1000 bytes").hasMessageContaining("split");
    }

    @Test
    void refusesWhatIsNotAZipOfSsmix2Files() throws IOException {
        assertThatThrownBy(() -> Ssmix2Archive.unpack("MSH|^~\\&|".getBytes(StandardCharsets.US_ASCII), ENOUGH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no SS-MIX2 file");
        assertThatThrownBy(() -> Ssmix2Archive.unpack(zip(List.of(), "readme.txt"), ENOUGH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no SS-MIX2 file");
    }

    @Test
    void packsFilesUnderTheirPathsAsUnpackReadsThem() throws IOException {
        Path adt00 = new Ssmix2Storage(Fixtures.storage()).paths().get(0);
        String path = "標準化ストレージ/" + Fixtures.storage().relativize(adt00);

        List<Ssmix2File> files = Ssmix2Archive.unpack(Ssmix2Archive.pack(Map.of(path, Files.readAllBytes(adt00))),
                ENOUGH);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(Path.of(path));
            assertThat(file.content()).isEqualTo(Files.readAllBytes(adt00));
        });
    }

    /** Zips files under their storage-relative paths, plus empty text entries. */
    private static byte[] zip(List<Path> files, String... others) throws IOException {
        Map<String, byte[]> contentByPath = new LinkedHashMap<>();
        for (Path file : files) {
            contentByPath.put(Fixtures.storage().relativize(file).toString(), Files.readAllBytes(file));
        }
        for (String other : others) {
            contentByPath.put(other, new byte[0]);
        }
        return Ssmix2Archive.pack(contentByPath);
    }
}
