package jp.renkei.profiles.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package identity that sushi-config.yaml declares, so that the Renkei package takes its name, version and
 * dependencies from the one file SUSHI reads too. Reads only plain {@code key: value} lines at the top level and
 * under {@code dependencies:} (SUSHI's simple dependency form); that is all sushi-config.yaml uses.
 *
 * @param id the package name
 * @param canonical the canonical base
 * @param version the package version
 * @param fhirVersion the FHIR version
 * @param dependencies package name to version, in file order
 */
public record SushiConfig(String id, String canonical, String version, String fhirVersion, Map<String, String> dependencies) {

    public static SushiConfig read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> top = new LinkedHashMap<>();
        Map<String, String> dependencies = new LinkedHashMap<>();
        String section = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = unquote(line.substring(colon + 1).trim());
            if (!Character.isWhitespace(line.charAt(0))) {
                section = key;
                top.put(key, value);
            } else if ("dependencies".equals(section)) {
                dependencies.put(key, value);
            }
        }
        return new SushiConfig(required(top, "id", file), required(top, "canonical", file), required(top, "version", file),
                required(top, "fhirVersion", file), dependencies);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        return line.startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String required(Map<String, String> values, String key, Path file) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(file + " has no top-level " + key);
        }
        return value;
    }
}
