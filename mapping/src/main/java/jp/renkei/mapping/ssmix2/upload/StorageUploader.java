package jp.renkei.mapping.ssmix2.upload;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.renkei.mapping.ssmix2.Ssmix2Archive;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import jp.renkei.mapping.ssmix2.Ssmix2Storage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;

/**
 * Uploads an SS-MIX2 storage folder to a Renkei server with a progress line and a final summary. A patient's files go
 * as zips of their storage tree, up to {@value #FILES_PER_REQUEST} files a {@code $ingest-ssmix2} request (the server
 * stores each file of a zip in its own transaction, in storage order, so a zip changes nothing of what a file does; it
 * saves the cost of a request per file: a third of the server's CPU per message, src/bench). Several patients go side
 * by side ({@code --clients}, default {@value #DEFAULT_CLIENTS} requests in flight); one patient's files go one after
 * the other, oldest version of a record first. Running it again is safe: the server stores a file's content once. A
 * refused file is reported and the upload goes on.
 *
 * <p>usage: {@code java -cp "server/target/renkei-server/lib/*" jp.renkei.mapping.ssmix2.upload.StorageUploader
 * [--token-file <file>] [--clients <n>] <storage folder> <FHIR base URL>}. The server wants a bearer token: from the
 * file, read again before each request (so that a long upload survives short-lived tokens when something refreshes the
 * file), else from the environment variable {@code RENKEI_TOKEN}.
 */
public final class StorageUploader {

    /** Requests in flight by default: what a 2-core server takes before requests only queue (see src/bench). */
    public static final int DEFAULT_CLIENTS = 4;

    /** Files per request: a few patients' days; far under the server's request size limit. */
    public static final int FILES_PER_REQUEST = 50;

    /** Bytes of messages per request, whatever their number: under the server's default limit of 20 MB a request. */
    private static final long BYTES_PER_REQUEST = 8L * 1024 * 1024;

    private static final String USAGE = "usage: StorageUploader [--token-file <file>] [--clients <1-64, default "
            + DEFAULT_CLIENTS + ">] <SS-MIX2 storage folder> <FHIR base URL, e.g. http://localhost:8080/fhir>"
            + "   (or the token in RENKEI_TOKEN)";

    private final HttpClient http;
    private final URI base;
    private final FhirContext fhir;
    private final PrintStream progress;
    private final Supplier<Optional<String>> bearerToken;
    private final int clients;

    /**
     * An uploader sending {@code Authorization: Bearer <token>} when the supplier has one (asked before each request),
     * with up to {@code clients} requests in flight.
     */
    public StorageUploader(HttpClient http, URI base, FhirContext fhir, PrintStream progress,
            Supplier<Optional<String>> bearerToken, int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, is " + clients);
        }
        this.http = http;
        this.base = base;
        this.fhir = fhir;
        this.progress = progress;
        this.bearerToken = bearerToken;
        this.clients = clients;
    }

    public static void main(String[] args) {
        Optional<Path> tokenFile = Optional.empty();
        int clients = DEFAULT_CLIENTS;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--token-file" -> tokenFile = Optional.of(Path.of(optionValue(args, ++i)));
                    case "--clients" -> clients = clients(optionValue(args, ++i));
                    default -> positional.add(args[i]);
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("a storage folder and a FHIR base URL are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
        Optional<Path> file = tokenFile;
        Supplier<Optional<String>> token = () -> file.map(StorageUploader::readToken)
                .or(() -> Optional.ofNullable(System.getenv("RENKEI_TOKEN")).map(String::strip))
                .filter(value -> !value.isEmpty());
        StorageUploader uploader = new StorageUploader(HttpClient.newHttpClient(), URI.create(positional.get(1)),
                FhirContext.forR4(), System.err, token, clients);
        UploadSummary summary = uploader.upload(new Ssmix2Storage(Path.of(positional.get(0))));
        System.out.println(summary);
        System.exit(summary.rejected().isEmpty() ? 0 : 3);
    }

    private static String optionValue(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static int clients(String value) {
        int clients;
        try {
            clients = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            clients = 0;
        }
        if (clients < 1 || clients > 64) {
            throw new IllegalArgumentException("--clients must be a number from 1 to 64, is '" + value + "'");
        }
        return clients;
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token file " + file, e);
        }
    }

    /**
     * Uploads every file of the storage and waits for the last answer. Patients go side by side over as many requests
     * at a time as {@code clients}; each patient's files go one after the other, in storage order.
     */
    public UploadSummary upload(Ssmix2Storage storage) {
        List<List<Path>> patients = storage.pathsByPatient();
        Progress shown = new Progress(patients.stream().mapToInt(List::size).sum(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(clients, patients.size())));
        try {
            List<Future<List<FileOutcome>>> uploads = patients.stream()
                    .map(files -> pool.submit(() -> uploadInOrder(storage.root(), files, shown)))
                    .toList();
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<List<FileOutcome>> upload : uploads) {
                outcomes.addAll(awaited(upload));
            }
            progress.println();
            return summary(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<FileOutcome> uploadInOrder(Path root, List<Path> files, Progress shown) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (List<Path> batch : batches(files)) {
            outcomes.addAll(send(root, batch));
            batch.forEach(file -> shown.done(file.getFileName().toString()));
        }
        return outcomes;
    }

    /** The files in order, cut into requests of at most {@value #FILES_PER_REQUEST} files and 8 MB. */
    private static List<List<Path>> batches(List<Path> files) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long size = size(file);
            if (!batch.isEmpty() && (batch.size() == FILES_PER_REQUEST || bytes + size > BYTES_PER_REQUEST)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(file);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** One outcome per file of the batch: the server's answer for it, or the reason the whole request was refused. */
    private List<FileOutcome> send(Path root, List<Path> batch) {
        HttpResponse<String> response = post(root, batch);
        if (response.statusCode() != 200) {
            String reason = reason(response);
            return batch.stream().map(file -> FileOutcome.rejected(name(file), reason)).toList();
        }
        Map<String, FileOutcome> answered = new HashMap<>();
        for (ParametersParameterComponent result : fhir.newJsonParser()
                .parseResource(Parameters.class, response.body()).getParameter()) {
            if (result.getName().equals("result")) {
                FileOutcome outcome = FileOutcome.of(result);
                answered.put(outcome.fileName(), outcome);
            }
        }
        return batch.stream()
                .map(file -> answered.getOrDefault(name(file),
                        FileOutcome.rejected(name(file), "not in the server's answer to its upload")))
                .toList();
    }

    /** The patient's outcomes; a failure that stopped its upload (server unreachable) stops the whole upload. */
    private static List<FileOutcome> awaited(Future<List<FileOutcome>> upload) {
        try {
            return upload.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Upload interrupted", e);
        }
    }

    private static UploadSummary summary(List<FileOutcome> outcomes) {
        List<Parameters> accepted = outcomes.stream().flatMap(outcome -> outcome.summary().stream()).toList();
        TreeMap<String, Integer> skipped = new TreeMap<>();
        outcomes.forEach(outcome -> outcome.skippedDataType().ifPresent(type -> skipped.merge(type, 1, Integer::sum)));
        return new UploadSummary(accepted.size(),
                accepted.stream().mapToInt(summary -> count(summary, "created")).sum(),
                accepted.stream().mapToInt(summary -> count(summary, "updated")).sum(),
                accepted.stream().mapToInt(summary -> count(summary, "unchanged")).sum(),
                (int) accepted.stream().filter(summary -> summary.getParameter("supersededBy") != null).count(),
                skipped,
                outcomes.stream().flatMap(outcome -> outcome.rejection().stream()).toList());
    }

    /**
     * The server's answer to one file: its summary when accepted, its data type when skipped (not mapped by the
     * server), the reason when refused.
     */
    private record FileOutcome(String fileName, Optional<Parameters> summary, Optional<String> skippedDataType,
            Optional<UploadSummary.Rejection> rejection) {

        /** From one {@code result} of the server's answer to a zip: the file's path, then its counts or reason. */
        static FileOutcome of(ParametersParameterComponent result) {
            Parameters answer = new Parameters();
            result.getPart().forEach(answer::addParameter);
            String path = answer.getParameterValue("file").primitiveValue();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (answer.getParameter("rejected") != null) {
                return rejected(name, answer.getParameterValue("rejected").primitiveValue());
            }
            return answer.getParameter("skipped") != null
                    ? new FileOutcome(name, Optional.empty(), Optional.of(Ssmix2FileName.parse(name).dataType()),
                            Optional.empty())
                    : new FileOutcome(name, Optional.of(answer), Optional.empty(), Optional.empty());
        }

        static FileOutcome rejected(String fileName, String reason) {
            return new FileOutcome(fileName, Optional.empty(), Optional.empty(),
                    Optional.of(new UploadSummary.Rejection(fileName, reason)));
        }
    }

    /** One progress line, rewritten as files are answered (from several threads). */
    private static final class Progress {

        private final int total;
        private final PrintStream out;
        private int done;

        Progress(int total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        synchronized void done(String fileName) {
            done++;
            out.printf("\r[%d/%d] %3d%% %s", done, total, done * 100 / total, fileName);
        }
    }

    private HttpResponse<String> post(Path root, List<Path> batch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/$ingest-ssmix2"))
                    .header("Content-Type", "application/zip")
                    .header("Accept", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip(root, batch)));
            bearerToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Uploading " + batch.get(0) + " and the " + (batch.size() - 1)
                    + " files after it to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Upload interrupted at " + batch.get(0), e);
        }
    }

    /** The files under their paths in the storage tree, which give the server their order. */
    private static byte[] zip(Path root, List<Path> files) throws IOException {
        Map<String, byte[]> contentByPath = new LinkedHashMap<>();
        for (Path file : files) {
            contentByPath.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return Ssmix2Archive.pack(contentByPath);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
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
