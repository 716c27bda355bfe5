package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.trace.TraceView;

/** Identifies a gap across builds: the view, the side (source or target) and the artifact id. */
public record GapKey(TraceView view, Role role, String id) implements Comparable<GapKey> {

    @Override
    public int compareTo(GapKey other) {
        var byView = view.compareTo(other.view);
        if (byView != 0) {
            return byView;
        }
        var byRole = role.compareTo(other.role);
        return byRole != 0 ? byRole : id.compareTo(other.id);
    }
}
