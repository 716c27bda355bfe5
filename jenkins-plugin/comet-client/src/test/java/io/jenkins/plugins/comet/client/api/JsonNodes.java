package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Tree comparison helpers for the contract tests. */
final class JsonNodes {
    /** Numbers equal by value (1 and 1.0 are the same progress); everything else by equals. */
    static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonNodes() {
    }
}
