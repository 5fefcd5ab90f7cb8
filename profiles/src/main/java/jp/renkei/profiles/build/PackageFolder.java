package jp.renkei.profiles.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One package folder of a FHIR package cache, {@code <cache>/<name>#<version>/package/}, written whole or not at all:
 * it is assembled beside the cache under a temporary name and moved into place with a fingerprint of its source,
 * so that an interrupted build never leaves a half-written package that SUSHI would take for complete, and a
 * rebuild skips a package whose source has not changed.
 *
 * @param cache the package cache ({@code .fhir/packages})
 * @param name the package name, lower case as FHIR package caches and SUSHI expect
 * @param version the package version
 */
public record PackageFolder(Path cache, String name, String version) {

    private static final String FINGERPRINT_FILE = ".renkei-source";

    /** Fills a package folder's {@code package/} directory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path packageDirectory) throws IOException;
    }

    public String label() {
        return name + "#" + version;
    }

    public Path root() {
        return cache.resolve(label());
    }

    /** True when the folder exists and was assembled from a source with this fingerprint. */
    public boolean isCurrent(String fingerprint) throws IOException {
        Path file = root().resolve(FINGERPRINT_FILE);
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(fingerprint);
    }

    /** Writes the folder unless it is current; returns whether it wrote it. */
    public boolean assemble(String fingerprint, Content content) throws IOException {
        if (isCurrent(fingerprint)) {
            return false;
        }
        Path partial = cache.resolve(".partial-" + label());
        delete(partial);
        Files.createDirectories(partial.resolve("package"));
        content.writeTo(partial.resolve("package"));
        Files.writeString(partial.resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        delete(root());
        Files.move(partial, root(), StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
