package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON conventions of the client: camelCase as the service writes it, nulls left out of requests. */
public final class Json {
    private Json() {
    }

    /**
     * The mapper for talking to the service. It ignores fields it does not know (a newer service may
     * add some); the contract tests use {@link #strict()} so that a renamed field still breaks a test.
     */
    public static ObjectMapper tolerant() {
        return base()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Fails on unknown and on missing fields, and writes nulls (so that what it writes it can read back):
     * for the contract tests and for the report files the client writes itself.
     */
    public static ObjectMapper strict() {
        return base()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);
    }

    private static ObjectMapper base() {
        return new ObjectMapper()
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
    }
}
