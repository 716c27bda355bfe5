package io.jenkins.plugins.comet.client.gate;

import io.jenkins.plugins.comet.client.report.Report;
import java.util.ArrayList;
import java.util.List;

/** Applies {@link GateRules} to a report, or to a build whose service could not be reached. */
public final class Gate {
    private Gate() {
    }

    public static GateDecision evaluate(Report report, GateRules rules) {
        var failures = rules.failOn().findings(report);
        if (!failures.isEmpty()) {
            return new GateDecision(GateOutcome.FAILURE, prefixed("fails on " + rules.failOn().id(), failures), false);
        }
        var warnings = rules.unstableOn().findings(report);
        if (!warnings.isEmpty()) {
            return new GateDecision(GateOutcome.UNSTABLE, prefixed("unstable on " + rules.unstableOn().id(), warnings), false);
        }
        return new GateDecision(GateOutcome.SUCCESS,
                List.of("No gate condition holds (fail on " + rules.failOn().id() + ", unstable on " + rules.unstableOn().id() + ")."), false);
    }

    /** The decision when the service was unreachable: fail open leaves the result alone, fail closed fails the build. */
    public static GateDecision unreachable(GateRules rules, String why) {
        return rules.failOpen()
                ? new GateDecision(GateOutcome.SUCCESS, List.of("Comet service unreachable; fail-open leaves the build result unchanged: " + why), true)
                : new GateDecision(GateOutcome.FAILURE, List.of("Comet service unreachable, and fail-open is off: " + why), true);
    }

    private static List<String> prefixed(String rule, List<String> findings) {
        var lines = new ArrayList<String>(findings.size());
        for (var finding : findings) {
            lines.add("Gate " + rule + ": " + finding);
        }
        return lines;
    }
}
