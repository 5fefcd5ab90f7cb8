package jp.renkei.mapping.ssmix2;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The sample storage copied from shared/fixtures/ssmix2, the storage of messages written for Renkei (data types the
 * sample lacks, see ssmix2/renkei-written/SOURCES.md), and messages written in tests for single cases.
 */
final class Fixtures {

    static final HospitalIdentity HOSPITAL = new HospitalIdentity("2211234567");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    private Fixtures() {
    }

    static Path storage() {
        return resource("/ssmix2/nhoHQ-SSMIX2DataTestingTool");
    }

    /** The storage folder of the messages written for Renkei. */
    static Path writtenStorage() {
        return resource("/ssmix2/renkei-written");
    }

    /** The one sample file of a data type. */
    static Ssmix2File sample(String dataType) {
        return only(storage(), dataType);
    }

    /** The one file of a data type among the messages written for Renkei. */
    static Ssmix2File writtenSample(String dataType) {
        return only(writtenStorage(), dataType);
    }

    private static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ssmix2File only(Path storage, String dataType) {
        List<Ssmix2File> files = new Ssmix2Storage(storage).files().stream()
                .filter(file -> file.name().dataType().equals(dataType)).toList();
        if (files.size() != 1) {
            throw new IllegalStateException(files.size() + " samples of " + dataType);
        }
        return files.get(0);
    }

    /** A message of our own: segments joined by CR and encoded in ISO-2022-JP, as an EHR writes them. */
    static Ssmix2File written(String fileName, String... segments) {
        return new Ssmix2File(Path.of(fileName), Ssmix2FileName.parse(fileName),
                String.join("\r", segments).getBytes(ISO_2022_JP));
    }

    /** The same content under another name, e.g. with the deleted flag. */
    static Ssmix2File renamed(Ssmix2File file, String fileName) {
        return new Ssmix2File(file.path().resolveSibling(fileName), Ssmix2FileName.parse(fileName), file.content());
    }

    static Ssmix2File copyTo(Path folder, Ssmix2File file) {
        try {
            Path target = folder.resolve(file.fileName());
            Files.write(target, file.content());
            return Ssmix2File.read(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(resource -> (T) resource).toList();
    }

    /** The Bundle as JSON, to compare two mappings of one file whole. */
    static String json(Bundle bundle) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    }

    /** The conditional URLs of a transaction's entries, in order: what makes a re-delivery land on the same records. */
    static List<String> requestUrls(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> entry.getRequest().getUrl()).toList();
    }

    static Bundle map(Ssmix2File file) {
        return Ssmix2Mapping.forHospital(HOSPITAL).map(file);
    }
}
