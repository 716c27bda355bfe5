package io.jenkins.plugins.comet.client.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * The form in which a workspace scan travels from an agent to the controller: a {@code String[][]},
 * one row per file ({@code kind, path, text}) or per skipped file ({@code "skipped", line, ""}).
 * Only JDK types, on purpose: Jenkins' controller deserializes agent replies through its JEP-200
 * class filter, which rejects classes of a plain library jar such as this one. Marking this jar
 * {@code Jenkins-ClassFilter-Whitelisted} would also work, but would let an agent send any class of
 * it to the controller; strings and arrays give an agent nothing to exploit.
 */
public final class ScanWire {
    static final String SKIPPED = "skipped";

    private ScanWire() {
    }

    public static String[][] encode(CollectedArtifacts collected) {
        var rows = new ArrayList<String[]>();
        for (var group : ArtifactGroup.values()) {
            for (var file : collected.group(group)) {
                rows.add(new String[] {group.label(), file.path(), file.text()});
            }
        }
        for (var line : collected.skipped()) {
            rows.add(new String[] {SKIPPED, line, ""});
        }
        return rows.toArray(new String[0][]);
    }

    /** Rebuilds the scan on the controller; a malformed row (an agent is not trusted) is an IllegalArgumentException. */
    public static CollectedArtifacts decode(String[][] rows) {
        var requirements = new ArrayList<ArtifactFile>();
        var code = new ArrayList<ArtifactFile>();
        var tests = new ArrayList<ArtifactFile>();
        var skipped = new ArrayList<String>();
        for (var row : rows) {
            if (row == null || row.length != 3 || row[0] == null || row[1] == null || row[2] == null) {
                throw new IllegalArgumentException("malformed scan row from the agent");
            }
            if (row[0].equals(SKIPPED)) {
                skipped.add(row[1]);
                continue;
            }
            var problem = ArtifactIds.problem(row[1]);
            if (problem != null) {
                throw new IllegalArgumentException("bad path from the agent: " + problem);
            }
            listFor(row[0], requirements, code, tests).add(new ArtifactFile(row[1], row[2]));
        }
        return new CollectedArtifacts(requirements, code, tests, skipped);
    }

    private static List<ArtifactFile> listFor(String kind, List<ArtifactFile> requirements, List<ArtifactFile> code,
            List<ArtifactFile> tests) {
        if (kind.equals(ArtifactGroup.REQUIREMENTS.label())) {
            return requirements;
        }
        if (kind.equals(ArtifactGroup.CODE.label())) {
            return code;
        }
        if (kind.equals(ArtifactGroup.TESTS.label())) {
            return tests;
        }
        throw new IllegalArgumentException("unknown file group from the agent: " + kind);
    }
}
