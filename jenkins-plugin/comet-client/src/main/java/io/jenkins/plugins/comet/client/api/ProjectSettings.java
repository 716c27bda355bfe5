package io.jenkins.plugins.comet.client.api;

import java.util.List;

/** How the service computes a project's runs: measures (the first ranks), scorer model, languages, bucket thresholds. */
public record ProjectSettings(List<String> measures, String model, List<String> languages, Thresholds thresholds) {
}
