package io.jenkins.plugins.comet.client.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two JSON documents by shape: the same field names at every level and the same kind of value
 * (number, string, boolean, object, array); null matches any kind, and arrays compare their first
 * elements. Objects whose keys are data, not names (stage timings, measure scores, field errors) are
 * compared by value kind only.
 */
public final class JsonShapes {
    private static final Set<String> DATA_KEYED = Set.of("stageSeconds", "measures", "errors");

    private JsonShapes() {
    }

    public static void assertSameShape(JsonNode expected, JsonNode actual, String where) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            fail(where + ": expected a " + expected.getNodeType() + " but the service sent a " + actual.getNodeType());
        }
        if (expected.isObject()) {
            var name = where.substring(where.lastIndexOf('.') + 1);
            if (!DATA_KEYED.contains(name)) {
                assertEquals(names(expected), names(actual), where + ": field names differ");
            }
            for (var field : iterable(expected)) {
                if (actual.has(field)) {
                    assertSameShape(expected.get(field), actual.get(field), where + "." + field);
                }
            }
        } else if (expected.isArray() && expected.size() > 0 && actual.size() > 0) {
            assertSameShape(expected.get(0), actual.get(0), where + "[0]");
        }
    }

    private static TreeSet<String> names(JsonNode node) {
        var names = new TreeSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Iterable<String> iterable(JsonNode node) {
        return node::fieldNames;
    }
}
