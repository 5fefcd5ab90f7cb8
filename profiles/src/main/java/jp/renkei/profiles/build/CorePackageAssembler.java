package jp.renkei.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes {@code hl7.fhir.r4.core#4.0.1} into a package cache from the R4 definitions that HAPI ships in
 * hapi-fhir-validation-resources-r4, so that SUSHI finds FHIR core without downloading it from packages.fhir.org.
 * The jar holds them as Bundles; the package holds one {@code <Type>-<id>.json} file per resource.
 */
public final class CorePackageAssembler {

    public static final String NAME = "hl7.fhir.r4.core";
    public static final String VERSION = "4.0.1";

    /** Bump when the way the package is written changes, so that existing caches are rebuilt. */
    private static final int FORMAT = 1;

    private static final String JAR_POM_PROPERTIES =
            "META-INF/maven/ca.uhn.hapi.fhir/hapi-fhir-validation-resources-r4/pom.properties";

    /** The definitions in the jar; examples and schemas are not needed to compile FSH. */
    private static final List<String> BUNDLES = List.of(
            "org/hl7/fhir/r4/model/profile/profiles-types.xml",
            "org/hl7/fhir/r4/model/profile/profiles-resources.xml",
            "org/hl7/fhir/r4/model/profile/profiles-others.xml",
            "org/hl7/fhir/r4/model/extension/extension-definitions.xml",
            "org/hl7/fhir/r4/model/valueset/valuesets.xml",
            "org/hl7/fhir/r4/model/valueset/v2-tables.xml",
            "org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
            "org/hl7/fhir/r4/model/sp/search-parameters.json");

    private final FhirContext fhirContext;
    private final ObjectMapper json = new ObjectMapper();

    public CorePackageAssembler(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** Assembles the package unless the cache already holds it from the same jar. */
    public Assembled assembleInto(Path cache) throws IOException {
        PackageFolder folder = new PackageFolder(cache, NAME, VERSION);
        return new Assembled(folder.label(), folder.assemble(fingerprint(), this::write));
    }

    private void write(Path packageDirectory) throws IOException {
        IParser out = fhirContext.newJsonParser();
        for (String bundle : BUNDLES) {
            for (Bundle.BundleEntryComponent entry : read(bundle).getEntry()) {
                Resource resource = entry.getResource();
                if (resource == null || !resource.hasIdElement()) {
                    continue;
                }
                String file = resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
                Files.writeString(packageDirectory.resolve(file), out.encodeResourceToString(resource), StandardCharsets.UTF_8);
            }
        }
        Files.write(packageDirectory.resolve("package.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(packageJson()));
    }

    private Bundle read(String classpathLocation) throws IOException {
        try (InputStream in = resource(classpathLocation);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            IParser parser = classpathLocation.endsWith(".json") ? fhirContext.newJsonParser() : fhirContext.newXmlParser();
            return parser.parseResource(Bundle.class, reader);
        }
    }

    private ObjectNode packageJson() {
        ObjectNode node = json.createObjectNode();
        node.put("name", NAME);
        node.put("version", VERSION);
        node.put("type", "Core");
        node.put("canonical", "http://hl7.org/fhir");
        node.put("url", "http://hl7.org/fhir/R4");
        node.put("license", "CC0-1.0");
        node.put("author", "HL7 Inc");
        node.put("description", "FHIR R4 definitions assembled by the Renkei build from hapi-fhir-validation-resources-r4"
                + " (profiles, extensions, value sets, code systems, search parameters; no examples)");
        node.putArray("fhirVersions").add(VERSION);
        node.putObject("dependencies");
        return node;
    }

    /** The jar's version: a new HAPI release may bring corrected definitions. */
    private String fingerprint() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(JAR_POM_PROPERTIES)) {
            properties.load(in);
        }
        return "hapi-fhir-validation-resources-r4 " + properties.getProperty("version") + ", format " + FORMAT;
    }

    private static InputStream resource(String classpathLocation) {
        InputStream in = CorePackageAssembler.class.getClassLoader().getResourceAsStream(classpathLocation);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Not on the classpath: " + classpathLocation));
        }
        return in;
    }
}
