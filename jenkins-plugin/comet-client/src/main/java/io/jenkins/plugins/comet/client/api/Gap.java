package io.jenkins.plugins.comet.client.api;

/** An artifact with no probably-linked link in a run, with its best candidate to show how close it came. */
public record Gap(Role role, String id, String bestCandidate, double bestProbability) {
}
