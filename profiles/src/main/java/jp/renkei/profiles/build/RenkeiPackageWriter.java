package jp.renkei.profiles.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Packs what SUSHI compiled ({@code fsh-generated/resources/*.json}) as a FHIR NPM package .tgz with a package.json
 * taken from sushi-config.yaml, the form that {@code NpmPackageValidationSupport} loads from the classpath. SUSHI
 * itself writes no package.json when FSHOnly is set.
 *
 * <p>Arguments: sushi-config.yaml, SUSHI's resources directory, the .tgz to write.
 */
public final class RenkeiPackageWriter {

    /** Fixed entry times keep the .tgz byte-identical from build to build when the FSH has not changed. */
    private static final Date ENTRY_TIME = new Date(0);

    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: RenkeiPackageWriter <sushi-config.yaml> <SUSHI resources directory> <.tgz>");
        }
        Path tgz = Path.of(args[2]);
        int count = new RenkeiPackageWriter().write(SushiConfig.read(Path.of(args[0])), Path.of(args[1]), tgz);
        System.out.println("[renkei] " + tgz + " written with " + count + " resources");
    }

    /** Writes the package and returns how many resources it holds. */
    public int write(SushiConfig config, Path resources, Path tgz) throws IOException {
        List<Path> files = resourceFiles(resources);
        Files.createDirectories(tgz.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tgz));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            add(tar, "package/package.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(packageJson(config)));
            for (Path file : files) {
                add(tar, "package/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return files.size();
    }

    private ObjectNode packageJson(SushiConfig config) {
        ObjectNode node = json.createObjectNode();
        node.put("name", config.id());
        node.put("version", config.version());
        node.put("type", "fhir.ig");
        node.put("canonical", config.canonical());
        node.put("url", config.canonical());
        node.putArray("fhirVersions").add(config.fhirVersion());
        ObjectNode dependencies = node.putObject("dependencies");
        config.dependencies().forEach(dependencies::put);
        dependencies.put(CorePackageAssembler.NAME, config.fhirVersion());
        return node;
    }

    private static List<Path> resourceFiles(Path resources) throws IOException {
        if (!Files.isDirectory(resources)) {
            throw new IOException("No SUSHI output at " + resources + ": did SUSHI run?");
        }
        try (Stream<Path> files = Files.list(resources)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setModTime(ENTRY_TIME);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
