package io.jenkins.plugins.comet.client.gate;

import java.util.List;

/** The gate's verdict on a build and why, in lines for the build log and the report page. */
public record GateDecision(GateOutcome outcome, List<String> reasons, boolean serviceUnreachable) {

    public GateDecision {
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }

    /** False when the service could not be reached: no gate condition was checked, whatever the outcome says. */
    public boolean evaluated() {
        return !serviceUnreachable;
    }

    /**
     * The one line the build page, its summary and the log lead with. Says "not evaluated" outright when
     * the service was unreachable, so that a fail-open SUCCESS is not read as "no gaps".
     */
    public String headline() {
        if (!evaluated()) {
            return outcome == GateOutcome.SUCCESS
                    ? "Gate not evaluated: the Comet service could not be reached; fail-open left the build result unchanged"
                    : "Gate not evaluated: the Comet service could not be reached, and fail-open is off: build failed";
        }
        return switch (outcome) {
            case SUCCESS -> "Gate passed";
            case UNSTABLE -> "Gate tripped: build marked unstable";
            case FAILURE -> "Gate tripped: build failed";
        };
    }
}
