package io.jenkins.plugins.comet.client.trace;

/** Where progress lines go: the Jenkins build log, or a test's list. */
@FunctionalInterface
public interface TraceLog {
    void line(String text);

    TraceLog SILENT = text -> { };
}
