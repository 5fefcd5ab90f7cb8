package jp.renkei.server.benchmark;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps a benchmark server (the unsecured one, and the stock HAPI reference {@code jp.renkei.reference.StockHapiServer})
 * on the loopback interface: without {@code server.address} it binds to 127.0.0.1; an address that is not a loopback
 * address stops the start. An unsecured server must not be reachable from the network, whatever the configuration
 * around it says.
 */
public final class LoopbackOnly implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String SERVER_ADDRESS = "server.address";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String address = environment.getProperty(SERVER_ADDRESS);
        if (address == null || address.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("benchmark-loopback",
                    Map.of(SERVER_ADDRESS, InetAddress.getLoopbackAddress().getHostAddress())));
        } else if (!isLoopback(address)) {
            throw new IllegalStateException("A benchmark server listens on the loopback interface only; "
                    + SERVER_ADDRESS + "=" + address + " is not a loopback address");
        }
    }

    static boolean isLoopback(String address) {
        try {
            for (InetAddress resolved : InetAddress.getAllByName(address)) {
                if (!resolved.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
