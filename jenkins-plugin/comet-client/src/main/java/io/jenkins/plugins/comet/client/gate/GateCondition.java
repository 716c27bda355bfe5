package io.jenkins.plugins.comet.client.gate;

import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.report.GapKey;
import io.jenkins.plugins.comet.client.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When a build should be marked: the names are what Pipeline scripts write ({@code failOn: 'newGaps'}).
 * Gaps here are sources without a probably-linked link (requirements no code implements, and so on);
 * targets without links are shown on the page but never gate a build, since helper classes often
 * trace to no requirement.
 */
public enum GateCondition {
    /** Never marks the build. */
    NEVER("never", "Never"),
    /** A source that had a probable link in the previous build has none now, or a new source has none. */
    NEW_GAPS("newGaps", "New gaps since the previous build"),
    /** Any source whose best link is probably not one (a gap; unsure and needs-review links are open questions, not gaps). */
    ANY_GAPS("anyGaps", "Any gap"),
    /** A link that was probably linked in the previous build is not any more. */
    VANISHED_LINKS("vanishedLinks", "Links that vanished since the previous build");

    /** Findings listed by name before "and N more", to keep build logs readable. */
    static final int LISTED = 10;

    private final String id;
    private final String label;

    GateCondition(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** By its id ("newGaps"), case-insensitively; blank means {@link #NEVER}. */
    public static GateCondition parse(String text) {
        if (text == null || text.isBlank()) {
            return NEVER;
        }
        for (var condition : values()) {
            if (condition.id.equalsIgnoreCase(text.trim()) || condition.name().equalsIgnoreCase(text.trim())) {
                return condition;
            }
        }
        throw new IllegalArgumentException("unknown gate condition '" + text + "' (known: "
                + java.util.Arrays.stream(values()).map(GateCondition::id).collect(Collectors.joining(", ")) + ")");
    }

    /** One line per view in which the condition holds; empty when it does not hold. */
    public List<String> findings(Report report) {
        var findings = new ArrayList<String>();
        switch (this) {
            case NEVER -> { }
            case ANY_GAPS -> report.views().forEach(view -> {
                var gaps = view.gaps(Role.SOURCE).stream().map(Gap::id).toList();
                if (!gaps.isEmpty()) {
                    findings.add(view.view().title() + ": " + count(gaps.size(), "source") + " whose best link is probably not one: " + list(gaps));
                }
            });
            case NEW_GAPS -> report.views().forEach(view -> {
                var opened = report.gapChanges().opened(Role.SOURCE).stream()
                        .filter(k -> k.view() == view.view()).map(GapKey::id).toList();
                if (!opened.isEmpty()) {
                    findings.add(view.view().title() + ": " + count(opened.size(), "new gap") + ": " + list(opened));
                }
            });
            case VANISHED_LINKS -> report.views().forEach(view -> {
                var diff = view.linkChanges();
                if (diff != null && diff.vanishedCount() > 0) {
                    var pairs = diff.vanished().stream().map(e -> e.source() + " \u2192 " + e.target()).toList();
                    findings.add(view.view().title() + ": " + count(diff.vanishedCount(), "link") + " no longer probably linked: "
                            + list(pairs) + (diff.vanishedCount() > pairs.size() ? " ..." : ""));
                }
            });
        }
        return findings;
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String list(List<String> items) {
        var shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
