package io.jenkins.plugins.comet.client.api;

import java.util.List;

/**
 * GET .../runs/{runId}/diff?base=: links that became probably linked (appeared), stopped being so
 * (vanished), or moved between unsure and probably not (changed). Lists are cut at the page limit;
 * the counts are complete.
 */
public record Diff(
        long baseRunId,
        long runId,
        int appearedCount,
        int vanishedCount,
        int changedCount,
        List<DiffEntry> appeared,
        List<DiffEntry> vanished,
        List<DiffEntry> changed) {
}
