package io.jenkins.plugins.comet.client.gate;

/** What the gate makes of a build; Jenkins maps these one to one to its results. Ordered from best to worst. */
public enum GateOutcome {
    SUCCESS,
    UNSTABLE,
    FAILURE;

    public GateOutcome worst(GateOutcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
