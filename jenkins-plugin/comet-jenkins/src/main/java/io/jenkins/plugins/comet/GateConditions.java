package io.jenkins.plugins.comet;

import hudson.util.ListBoxModel;
import io.jenkins.plugins.comet.client.gate.GateCondition;

/** The gate conditions as a drop-down: the label shown, the Pipeline id stored. */
final class GateConditions {
    private GateConditions() {
    }

    static ListBoxModel items() {
        var items = new ListBoxModel();
        for (var condition : GateCondition.values()) {
            items.add(condition.label(), condition.id());
        }
        return items;
    }
}
