package jp.renkei.profiles.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a FHIR NPM package (.tgz, everything under {@code package/}) into a package cache as
 * {@code <name>#<version>/package/}, the name lower-cased because SUSHI looks packages up by lower-case name
 * (it reads {@code jp-eCSCLINS.r4} as {@code jp-ecsclins.r4}).
 */
public final class TgzPackageUnpacker {

    private static final String ROOT = "package/";

    private final ObjectMapper json = new ObjectMapper();

    /** Unpacks the package unless the cache already holds it from this very file. */
    public Assembled unpackInto(Path tgz, Path cache) throws IOException {
        JsonNode packageJson = json.readTree(readEntry(tgz, ROOT + "package.json"));
        PackageFolder folder = new PackageFolder(cache,
                packageJson.path("name").asText().toLowerCase(Locale.ROOT), packageJson.path("version").asText());
        boolean written = folder.assemble("sha256 " + sha256(tgz), packageDirectory -> extract(tgz, packageDirectory));
        return new Assembled(folder.label(), written);
    }

    private static byte[] readEntry(Path tgz, String name) throws IOException {
        try (TarArchiveInputStream tar = open(tgz)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return tar.readAllBytes();
                }
            }
        }
        throw new IOException(tgz + " holds no " + name + ": not a FHIR package");
    }

    private static void extract(Path tgz, Path packageDirectory) throws IOException {
        try (TarArchiveInputStream tar = open(tgz)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().startsWith(ROOT)) {
                    continue;
                }
                Path target = packageDirectory.resolve(entry.getName().substring(ROOT.length())).normalize();
                if (!target.startsWith(packageDirectory)) {
                    throw new IOException(tgz + ": entry outside package/: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static TarArchiveInputStream open(Path tgz) throws IOException {
        return new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tgz))));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
