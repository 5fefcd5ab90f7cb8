package jp.renkei.server.support;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the shared test server at the run's database before the context starts. */
public final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(
                TestDatabase.current().springProperties("jdbc:h2:mem:renkei-it;DB_CLOSE_DELAY=-1"));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("renkei-test-database", properties));
    }
}
