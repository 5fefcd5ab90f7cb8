package jp.renkei.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The packaged server ({@code target/renkei-server/}, built by the {@code package} phase before Failsafe runs) as a
 * separate operating-system process, for tests about what survives the process (it can be killed, which an in-process
 * Spring context cannot) or what its start does. Listens on a free port, with demo clients (keys in
 * {@code dataDir/keys}) and, unless asked for, no demo data.
 */
public final class PackagedServer implements AutoCloseable {

    static final Path RUNNABLE_JAR = Path.of("target/renkei-server/renkei-server.jar");
    /** Built beside the jar by the package phase, as the README's run command uses it. */
    private static final Path CLASS_DATA_ARCHIVE = Path.of("target/renkei-server/renkei-server.jsa");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server on the database given by {@code datasource} (Spring properties, see
     * {@link TestDatabase#springProperties}) and waits until it answers {@code /fhir/metadata}.
     */
    public static PackagedServer start(Path dataDir, Map<String, String> datasource) throws IOException, InterruptedException {
        return start(dataDir, datasource, false);
    }

    /** As {@link #start}, with the demo network loaded at start as the README's run command does. */
    public static PackagedServer startWithDemoNetwork(Path dataDir, Map<String, String> datasource)
            throws IOException, InterruptedException {
        return start(dataDir, datasource, true);
    }

    private static PackagedServer start(Path dataDir, Map<String, String> datasource, boolean demoNetwork)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(RUNNABLE_JAR)) {
            throw new IllegalStateException(RUNNABLE_JAR.toAbsolutePath() + " is missing: run the integration tests with"
                    + " mvn verify, whose package phase builds it");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up speed over peak speed: the test makes a handful of requests.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE,
                "-jar", RUNNABLE_JAR.toString(),
                "--server.port=" + port,
                "--renkei.demo.enabled=" + demoNetwork,
                "--renkei.security.demo-clients=true",
                "--renkei.security.key-dir=" + dataDir.resolve("keys").toAbsolutePath(),
                "--renkei.security.clients-file=",
                "--renkei.security.external-issuer="));
        Path log = dataDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The database goes in the environment (SPRING_DATASOURCE_URL…): a password stays out of the process list.
        datasource.forEach((property, value) -> builder.environment().put(environmentName(property), value));
        PackagedServer server = new PackagedServer(builder.start(), port, log);
        try {
            server.awaitMetadata();
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return port;
    }

    /** SIGKILL, as the operating system's OOM killer or {@code kill -9} would: no shutdown hook, no flush. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** The server's console output, to explain a failure. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitMetadata() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest metadata = HttpRequest.newBuilder(URI.create(FhirClients.baseUrl(port) + "/metadata"))
                .timeout(Duration.ofSeconds(30)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting (exit " + process.exitValue()
                        + "):\n" + log());
            }
            try {
                if (http.send(metadata, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // connection refused until Tomcat is up
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not answer /metadata within " + START_TIMEOUT + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Spring's relaxed binding: {@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}. */
    private static String environmentName(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
    }
}
