package jp.renkei.server.demo;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The demo regional network (hospital, partners, staff, patients) as one transaction Bundle, assembled from the
 * files listed in {@code demo/manifest.txt}. Every entry is a PUT at a fixed id, so storing it is idempotent.
 */
public final class DemoNetwork {

    static final String MANIFEST = "demo/manifest.txt";
    /**
     * Its presence tells that the network was loaded: a demo patient, which only the demo stores (the demo
     * organizations are also the ones the demo clients' tokens name, so tests and users store them on their own).
     */
    public static final IdType MARKER = new IdType("Patient", "renkei-demo-patient-01");

    private final FhirContext fhirContext;

    public DemoNetwork(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public Bundle asTransaction() {
        Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
        for (String file : manifestEntries()) {
            add(transaction, (Resource) fhirContext.newJsonParser().parseResource(read("demo/" + file)));
        }
        return transaction;
    }

    private static void add(Bundle transaction, Resource resource) {
        if (resource instanceof Bundle bundle && bundle.getType() == BundleType.TRANSACTION) {
            transaction.getEntry().addAll(bundle.getEntry());
            return;
        }
        String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        transaction.addEntry().setFullUrl(url).setResource(resource).getRequest().setMethod(HTTPVerb.PUT).setUrl(url);
    }

    /** The files of the network, relative to {@code demo/}, in load order. */
    static List<String> manifestEntries() {
        return read(MANIFEST).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    static String read(String classpathLocation) {
        try (InputStream in = DemoNetwork.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("Demo file missing from the classpath: " + classpathLocation);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo file " + classpathLocation, e);
        }
    }
}
