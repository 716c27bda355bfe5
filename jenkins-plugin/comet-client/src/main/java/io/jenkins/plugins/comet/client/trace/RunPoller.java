package io.jenkins.plugins.comet.client.trace;

import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.RunInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits for a run to reach a final state. On timeout or interruption (an aborted build) it asks the
 * service to cancel the run, so that no orphan keeps the service's single worker busy.
 */
public final class RunPoller {
    /** Sleeps between polls; a test passes one that only advances a fake clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final CometClient client;
    private final TraceLog log;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Duration timeout;

    public RunPoller(CometClient client, TraceLog log, Sleeper sleeper, Duration interval, Duration timeout) {
        this.client = client;
        this.log = log;
        this.sleeper = sleeper;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** The run in a final state (completed, failed or cancelled). */
    public RunInfo await(RunInfo started) throws IOException, InterruptedException {
        var run = started;
        var waited = Duration.ZERO;
        String lastStage = null;
        try {
            while (!run.status().isFinal()) {
                if (waited.compareTo(timeout) >= 0) {
                    cancelQuietly(run);
                    throw new IOException(timedOut(run, timeout));
                }
                sleeper.sleep(interval);
                waited = waited.plus(interval.isZero() ? Duration.ofMillis(1) : interval);
                run = client.run(run.projectId(), run.id());
                if (run.stage() != null && !run.stage().equals(lastStage)) {
                    lastStage = run.stage();
                    log.line(String.format(Locale.ROOT, "  run %d: %s (%.0f%%)", run.id(), run.stage(), 100 * run.progress()));
                }
            }
            return run;
        } catch (InterruptedException e) {
            cancelQuietly(run);
            throw e;
        }
    }

    /**
     * Why the build step gave up, with where the run was. A first run on a large project spends most of its
     * time encoding files for the embedding; what it encoded before the cancel stays in the service's cache,
     * so the message says that the next build goes on from there rather than starting over.
     */
    static String timedOut(RunInfo run, Duration timeout) {
        var message = "run " + run.id() + " of " + run.projectId() + " did not finish within " + timeout.toSeconds() + " s; it was cancelled";
        if (run.stage() == null || run.stage().isBlank()) {
            return message;
        }

        message += " at '" + run.stage() + "'";
        if (run.stage().startsWith("encoding")) {
            message += ". The files it encoded are kept in the service's cache: the next build goes on from there"
                    + " (or raise the step's run timeout, e.g. for the first build of a project with thousands of files)";
        }

        return message;
    }

    private void cancelQuietly(RunInfo run) {
        try {
            client.cancelRun(run.projectId(), run.id());
        } catch (IOException | InterruptedException e) {
            log.line("  could not cancel run " + run.id() + ": " + e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
