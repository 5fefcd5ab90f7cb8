package jp.renkei.mapping.render;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.renkei.profiles.FhirPackage;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** Examples of the compiled Renkei package (profiles/input/fsh/*Examples.fsh), read by file name. */
final class RenkeiPackageExamples {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private final NpmPackage.NpmPackageFolder folder;

    RenkeiPackageExamples() {
        try (InputStream in = RenkeiPackageExamples.class.getResourceAsStream("/" + FhirPackage.RENKEI.classpathLocation())) {
            folder = NpmPackage.fromPackage(in).getFolders().get("package");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. example("Bundle", "renkei-liaison-sheet-care-manager-example") */
    <T extends Resource> T example(String type, String id, Class<T> as) {
        try {
            String json = new String(folder.fetchFile(type + "-" + id + ".json"), StandardCharsets.UTF_8);
            return as.cast(FHIR.newJsonParser().parseResource(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
