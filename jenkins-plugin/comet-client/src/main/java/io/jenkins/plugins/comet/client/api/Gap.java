package io.jenkins.plugins.comet.client.api;

/** An artifact whose best link in a run is probably not one (a gap), with that candidate to show how close it came. */
public record Gap(Role role, String id, String bestCandidate, double bestProbability) {
}
