package org.takedown.shared.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the embedded PostgreSQL again when its postmaster dies under the running application: it looks every
 * {@link #CHECK_INTERVAL} whether the postmaster still runs. It stops with the application context, before the server
 * it watches is closed, so a shutdown is never mistaken for a crash.
 */
class EmbeddedPostgresWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    static final Duration CHECK_INTERVAL = Duration.ofMillis(250);

    private final EmbeddedPostgresServer server;

    private ScheduledExecutorService executor;

    EmbeddedPostgresWatchdog(EmbeddedPostgresServer server) {
        this.server = server;
    }

    @Override
    public synchronized void start() {
        if (this.executor != null) {
            return;
        }
        this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        this.executor.scheduleWithFixedDelay(this::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            this.server.restartIfDown();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            // an exception would end the schedule, and with it every later restart
            log.error("Embedded PostgreSQL watchdog check failed", ex);
        }
    }

    @Override
    public synchronized void stop() {
        if (this.executor == null) {
            return;
        }
        this.executor.shutdown();
        try {
            // a restart under way finishes first: interrupting it would leave a half-started server
            if (!this.executor.awaitTermination(EmbeddedPostgresServer.STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                this.executor.shutdownNow();
            }
        }
        catch (InterruptedException ex) {
            this.executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        this.executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return this.executor != null;
    }

}
