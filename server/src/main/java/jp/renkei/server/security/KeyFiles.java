package jp.renkei.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * Private keys kept as JWK files (one JSON object each), generated at first use and read again at every start, so
 * that tokens and client registrations survive a restart. Files are written readable by the owner only and never
 * belong in the repository ({@code data/} is ignored by git).
 */
public final class KeyFiles {

    private KeyFiles() {}

    /** The key in {@code file}, generated there first if missing, for {@code algorithm} (RS256/RS384 or ES384). */
    public static JWK loadOrGenerate(Path file, JWSAlgorithm algorithm) {
        if (Files.exists(file)) {
            return read(file);
        }
        JWK key = generate(algorithm);
        write(file, key);
        return key;
    }

    public static JWK read(Path file) {
        try {
            return JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JWK: " + file, e);
        }
    }

    public static JWK generate(JWSAlgorithm algorithm) {
        try {
            String keyId = UUID.randomUUID().toString();
            if (JWSAlgorithm.Family.EC.contains(algorithm)) {
                return new ECKeyGenerator(Curve.P_384).keyID(keyId).algorithm(algorithm).keyUse(KeyUse.SIGNATURE)
                        .generate();
            }
            return new RSAKeyGenerator(2048).keyID(keyId).algorithm(algorithm).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm + " key", e);
        }
    }

    private static void write(Path file, JWK key) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.deleteIfExists(partial);
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            // Renamed into place so that a crash never leaves a half-written key that a restart would choke on.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + file, e);
        }
    }
}
