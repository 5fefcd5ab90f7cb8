package jp.renkei.mapping.ssmix2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip of a standardized storage tree, as a hospital exports a patient's or a day's folders. Its files come out in
 * the same order as {@link Ssmix2Storage#files()} gives them (path order: versions of a record oldest first), since
 * zip entries can be in any order. Entries whose names are not SS-MIX2 file names are passed over.
 *
 * <p>The whole archive is unpacked in memory, so its uncompressed size is bounded: a crafted archive (a "zip bomb")
 * is refused instead of exhausting the heap.
 */
public final class Ssmix2Archive {

    /**
     * Zips made on Japanese Windows name their entries in Windows-31J, and some tools separate folders with {@code \}:
     * a storage under a folder named in Japanese must not make the archive unreadable. An entry flagged as UTF-8 is
     * read as UTF-8 whatever is given here.
     */
    private static final Charset UNFLAGGED_ENTRY_NAMES = Charset.forName("windows-31j");

    private Ssmix2Archive() {
    }

    /**
     * A zip of files under their paths in a storage tree ({@code /}-separated, relative to its root), as {@link
     * #unpack} reads it; entry names in UTF-8, flagged so.
     */
    public static byte[] pack(Map<String, byte[]> contentByPath) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : contentByPath.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue());
                entries.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a zip in memory", e);
        }
        return zip.toByteArray();
    }

    /** The SS-MIX2 files of a zip archive; an {@link IllegalArgumentException} saying why when it cannot be read. */
    public static List<Ssmix2File> unpack(byte[] zip, long maxUncompressedBytes) {
        List<Ssmix2File> files = new ArrayList<>();
        long total = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), UNFLAGGED_ENTRY_NAMES)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path path = Path.of(entry.getName().replace('\\', '/'));
                if (entry.isDirectory() || !Ssmix2FileName.isSsmix2Name(path.getFileName().toString())) {
                    continue;
                }
                byte[] content = readBounded(entries, maxUncompressedBytes, total, entry.getName());
                total += content.length;
                files.add(new Ssmix2File(path, Ssmix2FileName.parse(path.getFileName().toString()), content));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable zip archive: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("The zip archive holds no SS-MIX2 file (names like "
                    + "<patient>_<yyyyMMdd|->_<type>_<order>_<timestamp>_<dept|->_<0|1>)");
        }
        files.sort(Comparator.comparing(Ssmix2File::path));
        return files;
    }

    private static byte[] readBounded(InputStream entry, long maxUncompressedBytes, long before, String name)
            throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
            content.write(buffer, 0, read);
            if (before + content.size() > maxUncompressedBytes) {
                throw new IllegalArgumentException("The zip archive unpacks to more than " + maxUncompressedBytes
                        + " bytes (at " + name + "); split it into smaller archives");
            }
        }
        return content.toByteArray();
    }
}
