package jp.renkei.server.benchmark;

import jp.renkei.server.RenkeiServerApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * Renkei WITHOUT security and audit, for one purpose: measuring what security and audit cost (issue 5: at most 25 % of
 * throughput; {@code src/bench/measure-security-overhead.sh} runs both variants on the same database).
 *
 * <p>Why a launcher of its own rather than a property: a property or profile can be switched on by an environment
 * variable nobody remembers setting, and the server would then serve patient data to anyone, unrecorded. This mode
 * exists only when this class is named on the command line ({@code java -cp … jp.renkei.server.benchmark.UnsecuredBenchmarkServer});
 * its configuration ({@link UnsecuredBenchmarkMode}) is no Spring component, so the normal server never scans it in;
 * and it listens on the loopback interface only ({@link LoopbackOnly}), so nothing outside the machine can reach it.
 */
public final class UnsecuredBenchmarkServer {

    private static final Logger LOG = LoggerFactory.getLogger(UnsecuredBenchmarkServer.class);

    private UnsecuredBenchmarkServer() {}

    public static void main(String[] args) {
        LOG.warn(UnsecuredBenchmarkMode.WARNING);
        SpringApplication application = new SpringApplication(RenkeiServerApplication.class, UnsecuredBenchmarkMode.class);
        application.addListeners(new LoopbackOnly());
        application.run(args);
    }
}
