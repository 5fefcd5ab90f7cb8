package jp.renkei.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class that asks for a {@link DemoNetworkServer} the same one: started the first time it is asked
 * for in a test run (one per database pass), stopped when the run ends. Its tests only read the demo network, so they
 * can share it, and a server start is the slowest step of a test class.
 */
public final class DemoNetworkExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            DemoNetworkExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoNetworkServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> new Running(DemoNetworkServer.start(dataDir())),
                        Running.class)
                .server();
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "demo-network-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared server, closed by JUnit at the end of the run. */
    private record Running(DemoNetworkServer server) implements CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
