package jp.renkei.mapping.ssmix2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of SS-MIX2 standardized storage: where it is, what its name says, and its raw bytes (ISO-2022-JP).
 * The bytes are kept undecoded so that the reader can report a broken escape sequence at its position.
 */
public record Ssmix2File(Path path, Ssmix2FileName name, byte[] content) {

    /** Reads a file whose name follows the SS-MIX2 naming rule; an {@link IllegalArgumentException} otherwise. */
    public static Ssmix2File read(Path path) {
        Ssmix2FileName name = Ssmix2FileName.parse(path.getFileName().toString());
        try {
            return new Ssmix2File(path, name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SS-MIX2 file " + path, e);
        }
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
