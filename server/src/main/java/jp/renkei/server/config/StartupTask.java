package jp.renkei.server.config;

/**
 * Work the server does once at start, before it takes requests, because requests rely on it (retired search
 * parameters, published profiles, the demo network). Run by {@link StartupTasks} in {@code @Order}.
 */
public interface StartupTask {

    void run();
}
