package io.jenkins.plugins.comet.client.trace;

import java.util.regex.Pattern;

/** The service's project id rule (a-z, 0-9, '.', '_', '-'; starting with a letter or digit; 64 at most), less room for the view suffixes. */
public final class ProjectIds {
    public static final int MAX_BASE_LENGTH = 64 - TraceView.LONGEST_SUFFIX;

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_BASE_LENGTH - 1) + "}");

    private ProjectIds() {
    }

    /** Null when usable as a base project id, else why not. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "Enter the id of the Comet project, e.g. my-service";
        }
        return VALID.matcher(id).matches()
                ? null
                : "1-" + MAX_BASE_LENGTH + " characters of a-z, 0-9, '.', '_' and '-', starting with a letter or digit";
    }
}
