package io.jenkins.plugins.comet.client.gate;

import java.util.List;

/** The gate's verdict on a build and why, in lines for the build log and the report page. */
public record GateDecision(GateOutcome outcome, List<String> reasons, boolean serviceUnreachable) {

    public GateDecision {
        reasons = List.copyOf(reasons);
    }
}
