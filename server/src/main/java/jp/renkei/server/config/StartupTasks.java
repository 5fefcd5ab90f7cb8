package jp.renkei.server.config;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupTask}s before the embedded web server takes requests. As Spring Boot application runners
 * they ran after it: for seconds after start a request could meet a server without its profiles or demo network
 * (an SS-MIX2 message then failed: "Organization/renkei-demo-hospital not found"). Spring Boot starts the web server
 * in lifecycle phase {@code DEFAULT_PHASE - 2048}; HAPI's own lifecycle parts (scheduler, registries) start in low
 * phases, before this one.
 */
@Component
class StartupTasks implements SmartLifecycle {

    private final List<StartupTask> tasks;
    private volatile boolean running;

    StartupTasks(List<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void start() {
        tasks.forEach(StartupTask::run);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
