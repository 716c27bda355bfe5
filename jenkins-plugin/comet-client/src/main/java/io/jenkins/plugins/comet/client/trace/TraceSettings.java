package io.jenkins.plugins.comet.client.trace;

import java.time.Duration;
import java.util.Objects;

/**
 * How one build traces.
 *
 * @param projectId       base id of the service projects (see {@link TraceView})
 * @param projectName     display name for projects the client creates (e.g. the Jenkins job's name)
 * @param pollInterval    wait between two status requests of a run (default 1 s)
 * @param runTimeout      longest wait for one run before it is cancelled (default 10 min)
 * @param explainLimit    per view, how many links (probably linked first, then unsure) get their explanation fetched (default 200)
 * @param notLinkedShown  per source, how many "probably not" links the report keeps (default 3; the rest are counted)
 */
public record TraceSettings(
        String projectId,
        String projectName,
        Duration pollInterval,
        Duration runTimeout,
        int explainLimit,
        int notLinkedShown) {

    public TraceSettings {
        var problem = ProjectIds.problem(projectId);
        if (problem != null) {
            throw new IllegalArgumentException("project id '" + projectId + "': " + problem);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(runTimeout, "runTimeout");
        if (pollInterval.isNegative() || runTimeout.isNegative() || runTimeout.isZero()) {
            throw new IllegalArgumentException("pollInterval must be >= 0 and runTimeout > 0");
        }
        if (explainLimit < 0 || notLinkedShown < 0) {
            throw new IllegalArgumentException("explainLimit and notLinkedShown must be >= 0");
        }
        projectName = projectName == null || projectName.isBlank() ? projectId : projectName;
    }

    public static TraceSettings defaults(String projectId) {
        return new TraceSettings(projectId, projectId, Duration.ofSeconds(1), Duration.ofMinutes(10), 200, 3);
    }

    public TraceSettings withPollInterval(Duration interval) {
        return new TraceSettings(projectId, projectName, interval, runTimeout, explainLimit, notLinkedShown);
    }

    public TraceSettings withRunTimeout(Duration timeout) {
        return new TraceSettings(projectId, projectName, pollInterval, timeout, explainLimit, notLinkedShown);
    }
}
