package jp.renkei.mapping.ssmix2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A standardized storage folder (標準化ストレージ):
 * {@code <id 1-3>/<id 4-6>/<patient id>/<date or ->/<data type>/<file>}.
 */
public record Ssmix2Storage(Path root) {

    /**
     * The SS-MIX2 files below the root, in path order (so that versions of one record come oldest first). Files whose
     * names do not follow the naming rule (index databases, notes) are not messages and are passed over.
     */
    public List<Ssmix2File> files() {
        return paths().stream().map(Ssmix2File::read).toList();
    }

    /** The paths of those files, in the same order, read later one by one (a hospital's storage is large). */
    public List<Path> paths() {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> Ssmix2FileName.isSsmix2Name(path.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot walk SS-MIX2 storage " + root, e);
        }
    }

    /**
     * The same paths grouped by patient (the ID before the first {@code _} of a file name), each patient's in storage
     * order, the patients in the order they first appear. A patient's files must be applied one after the other (a
     * record's versions, a deletion after what it deletes); different patients' files are independent.
     */
    public List<List<Path>> pathsByPatient() {
        return List.copyOf(paths().stream()
                .collect(Collectors.groupingBy(Ssmix2Storage::patientId, LinkedHashMap::new, Collectors.toList()))
                .values());
    }

    private static String patientId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }
}
