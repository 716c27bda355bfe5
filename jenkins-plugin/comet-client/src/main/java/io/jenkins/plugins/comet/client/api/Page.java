package io.jenkins.plugins.comet.client.api;

import java.util.List;

/** A page of results: {@code total} counts every match, {@code items} at most {@code limit} of them. */
public record Page<T>(int total, int offset, int limit, List<T> items) {
}
