package io.jenkins.plugins.comet.client.api;

/**
 * A requirements document of an upload that the service stored as its items, one artifact per item under
 * the item's own id (OpenFastTrace Markdown, StrictDoc .sdoc, TRLC .trlc), as {@code comet trace} reads it.
 *
 * @param format the tool: "OpenFastTrace", "StrictDoc" or "TRLC"
 * @param items  how many of its items became artifacts
 */
public record DocumentInfo(Role role, String path, String format, int items) {
}
