package jp.renkei.mapping.ssmix2.upload;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;

/**
 * Uploads an SS-MIX2 storage folder to a Renkei server, one file per {@code $ingest-ssmix2} request, oldest version of
 * a record first, with a progress line and a final summary. Running it again is safe: the server stores a file's
 * content once. A refused file is reported and the upload goes on.
 *
 * <p>usage: {@code java -cp "server/target/renkei-server/lib/*" jp.renkei.mapping.ssmix2.upload.StorageUploader
 * [--token-file <file>] <storage folder> <FHIR base URL>}. The server wants a bearer token: from the file, read again
 * before each request (so that a long upload survives short-lived tokens when something refreshes the file), else from
 * the environment variable {@code RENKEI_TOKEN}.
 */
public final class StorageUploader {

    private final HttpClient http;
    private final URI base;
    private final FhirContext fhir;
    private final PrintStream progress;
    private final Supplier<Optional<String>> bearerToken;

    /** An uploader sending no token (for a server without authentication). */
    public StorageUploader(HttpClient http, URI base, FhirContext fhir, PrintStream progress) {
        this(http, base, fhir, progress, Optional::empty);
    }

    /** An uploader sending {@code Authorization: Bearer <token>}, the token asked for before each request. */
    public StorageUploader(HttpClient http, URI base, FhirContext fhir, PrintStream progress,
            Supplier<Optional<String>> bearerToken) {
        this.http = http;
        this.base = base;
        this.fhir = fhir;
        this.progress = progress;
        this.bearerToken = bearerToken;
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        Optional<Path> tokenFile = Optional.empty();
        if (arguments.size() == 4 && arguments.get(0).equals("--token-file")) {
            tokenFile = Optional.of(Path.of(arguments.get(1)));
            arguments = arguments.subList(2, 4);
        }
        if (arguments.size() != 2) {
            System.err.println("usage: StorageUploader [--token-file <file>] <SS-MIX2 storage folder> "
                    + "<FHIR base URL, e.g. http://localhost:8080/fhir>   (or the token in RENKEI_TOKEN)");
            System.exit(2);
        }
        Optional<Path> file = tokenFile;
        Supplier<Optional<String>> token = () -> file.map(StorageUploader::readToken)
                .or(() -> Optional.ofNullable(System.getenv("RENKEI_TOKEN")).map(String::strip))
                .filter(value -> !value.isEmpty());
        StorageUploader uploader = new StorageUploader(
                HttpClient.newHttpClient(), URI.create(arguments.get(1)), FhirContext.forR4(), System.err, token);
        UploadSummary summary = uploader.upload(new Ssmix2Storage(Path.of(arguments.get(0))));
        System.out.println(summary);
        System.exit(summary.rejected().isEmpty() ? 0 : 3);
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token file " + file, e);
        }
    }

    public UploadSummary upload(Ssmix2Storage storage) {
        List<Path> files = storage.paths();
        int accepted = 0;
        int[] resources = new int[3];
        List<UploadSummary.Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            progress.printf("\r[%d/%d] %3d%% %s", i + 1, files.size(), (i + 1) * 100 / files.size(), name);
            HttpResponse<String> response = post(file);
            if (response.statusCode() == 200) {
                Parameters summary = fhir.newJsonParser().parseResource(Parameters.class, response.body());
                accepted++;
                resources[0] += count(summary, "created");
                resources[1] += count(summary, "updated");
                resources[2] += count(summary, "unchanged");
            } else {
                rejected.add(new UploadSummary.Rejection(name, reason(response)));
            }
        }
        progress.println();
        return new UploadSummary(accepted, resources[0], resources[1], resources[2], rejected);
    }

    private HttpResponse<String> post(Path file) {
        String name = file.getFileName().toString();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                            base + "/$ingest-ssmix2?file=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/hl7-v2")
                    .header("Accept", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)));
            bearerToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Uploading " + file + " to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Upload interrupted at " + file, e);
        }
    }

    /** The server's diagnostics when it sent an OperationOutcome, its status otherwise. */
    private String reason(HttpResponse<String> response) {
        try {
            OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, response.body());
            return "HTTP " + response.statusCode() + ": " + outcome.getIssue().stream()
                    .map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
                    .collect(Collectors.joining("; "));
        } catch (RuntimeException notAnOutcome) {
            return "HTTP " + response.statusCode();
        }
    }

    private static int count(Parameters summary, String name) {
        return summary.getParameter(name) != null ? ((IntegerType) summary.getParameter(name).getValue()).getValue() : 0;
    }
}
