package io.jenkins.plugins.comet.client.upload;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Files a glob such as {@code **}{@code /*.js} selects that nobody wrote as code or prose: minified bundles,
 * source maps and licence texts. Sent, they take candidate slots from every requirement (on a real repository,
 * 10 of 942 top-3 slots went to a vendored licence and minified bundles), so the scanner skips them with the reason.
 * The same rule as the command-line tool's {@code GeneratedFiles}.
 */
final class GeneratedFiles {
    /** A line at least this long marks a minified or generated file... */
    static final int LONG_LINE = 5_000;

    /** ...when its lines are this long on average: hand-written code and wrapped prose are far below it. */
    static final int LONG_MEAN_LINE = 500;

    private static final Pattern MINIFIED = Pattern.compile("[.-]min\\.(js|mjs|cjs|css)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENCE = Pattern.compile("^(licen[cs]e|copying|notice)([-._][\\w.-]*)?$", Pattern.CASE_INSENSITIVE);

    // A code file named like a licence (license.py) is code.
    private static final Set<String> CODE = Set.of("java", "kt", "scala", "groovy", "c", "h", "cc", "cpp", "hpp", "cs", "py",
            "rb", "go", "rs", "js", "jsx", "ts", "tsx", "php", "swift", "sql", "sh", "xml");

    private GeneratedFiles() {
    }

    /** Why a file with this name is skipped ("minified", "source map", "licence text"), or null. */
    static String byName(String fileName) {
        if (MINIFIED.matcher(fileName).find()) {
            return "minified";
        }
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".map")) {
            return "source map";
        }
        var dot = lower.lastIndexOf('.');
        var extension = dot < 0 ? "" : lower.substring(dot + 1);
        return LICENCE.matcher(fileName).matches() && !CODE.contains(extension) ? "licence text" : null;
    }

    /** Why this text is skipped as minified or generated (its longest line), or null. */
    static String byContent(String text) {
        int lines = 1;
        int longest = 0;
        int start = 0;
        for (var i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
                if (i < text.length()) {
                    lines++;
                }
            }
        }
        return longest >= LONG_LINE && text.length() / lines >= LONG_MEAN_LINE
                ? "minified or generated (a line of " + longest + " characters)"
                : null;
    }
}
