package jp.renkei.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assembles the offline FHIR package cache that SUSHI reads as {@code $HOME/.fhir/packages}: FHIR R4 core from
 * HAPI's definitions and every bundled .tgz package (JP Core, JP-CLINS). Packages already in the cache from the
 * same source are left alone, so a rebuild costs a few file reads.
 *
 * <p>Arguments: the cache directory, then the directory holding the .tgz packages.
 */
public final class PackageCacheAssembler {

    private PackageCacheAssembler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PackageCacheAssembler <cache directory> <directory of .tgz packages>");
        }
        Path cache = Path.of(args[0]);
        Files.createDirectories(cache);
        long start = System.nanoTime();

        System.out.println("[renkei] " + new CorePackageAssembler(FhirContext.forR4()).assembleInto(cache));
        TgzPackageUnpacker unpacker = new TgzPackageUnpacker();
        for (Path tgz : tgzFiles(Path.of(args[1]))) {
            System.out.println("[renkei] " + unpacker.unpackInto(tgz, cache));
        }
        System.out.printf("[renkei] FHIR package cache %s ready in %d ms%n", cache, (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Path> tgzFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tgz")).sorted().toList();
        }
    }
}
