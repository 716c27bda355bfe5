package io.jenkins.plugins.comet.client.upload;

import java.util.regex.Pattern;

/**
 * One Ant-style pattern, as Jenkins users write them ("docs/req/**", "src/**&#47;*.java"): '**' spans any
 * number of folders (zero included), '*' and '?' stay within one path segment, a trailing '/' means
 * "everything below". Paths are workspace-relative with '/' separators; matching is case-sensitive.
 */
public final class AntGlob {
    private final String pattern;
    private final Pattern regex;

    public AntGlob(String pattern) {
        var trimmed = pattern.trim().replace('\\', '/');
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        if (trimmed.startsWith("/") || trimmed.contains("../") || trimmed.equals("..")) {
            throw new IllegalArgumentException("'" + pattern + "' must be relative to the workspace and stay inside it");
        }
        this.pattern = trimmed.endsWith("/") ? trimmed + "**" : trimmed;
        this.regex = Pattern.compile(toRegex(this.pattern));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String toRegex(String pattern) {
        var segments = pattern.split("/+");
        var regex = new StringBuilder();
        for (var i = 0; i < segments.length; i++) {
            var last = i == segments.length - 1;
            if (segments[i].equals("**")) {
                regex.append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            appendSegment(regex, segments[i]);
            if (!last) {
                regex.append('/');
            }
        }
        return regex.toString();
    }

    private static void appendSegment(StringBuilder regex, String segment) {
        var literal = new StringBuilder();
        for (var c : segment.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? "[^/]*" : "[^/]");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
    }
}
