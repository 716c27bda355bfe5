package io.jenkins.plugins.comet.client.gate;

import java.util.Objects;

/**
 * The build step's gate settings.
 *
 * @param failOn     condition that makes the build FAILURE
 * @param unstableOn condition that makes it UNSTABLE (checked when failOn does not hold)
 * @param failOpen   when the service cannot be reached: true leaves the build's result as it is (a warning
 *                   in the log), false fails it. Errors the service answers (bad key, bad request) always fail.
 */
public record GateRules(GateCondition failOn, GateCondition unstableOn, boolean failOpen) {

    public GateRules {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(unstableOn, "unstableOn");
    }

    /** The defaults of the build step: never fail, unstable on new gaps, fail open. */
    public static GateRules defaults() {
        return new GateRules(GateCondition.NEVER, GateCondition.NEW_GAPS, true);
    }
}
