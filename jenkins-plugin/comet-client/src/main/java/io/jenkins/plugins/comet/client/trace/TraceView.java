package io.jenkins.plugins.comet.client.trace;

import io.jenkins.plugins.comet.client.api.ArtifactUpload;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.upload.ArtifactFile;
import io.jenkins.plugins.comet.client.upload.ArtifactGroup;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The traces a build shows. The service traces one pair (sources -> targets) per project, so each view
 * is its own service project: the base id for requirements -> code (tests go along as intermediates,
 * the evidence the service may use), and the base id plus a suffix for the other two. A view runs only
 * when the workspace has files of both its groups.
 */
public enum TraceView {
    REQUIREMENTS_TO_CODE("Requirements \u2192 code", "", ArtifactGroup.REQUIREMENTS, ArtifactGroup.CODE, ArtifactGroup.TESTS),
    REQUIREMENTS_TO_TESTS("Requirements \u2192 tests", ".req-tests", ArtifactGroup.REQUIREMENTS, ArtifactGroup.TESTS, null),
    TESTS_TO_CODE("Tests \u2192 code", ".tests-code", ArtifactGroup.TESTS, ArtifactGroup.CODE, null);

    /** The longest suffix; a base project id must leave room for it within the service's 64 characters. */
    public static final int LONGEST_SUFFIX = ".tests-code".length();

    private final String title;
    private final String projectSuffix;
    private final ArtifactGroup sources;
    private final ArtifactGroup targets;
    private final ArtifactGroup intermediates;

    TraceView(String title, String projectSuffix, ArtifactGroup sources, ArtifactGroup targets, ArtifactGroup intermediates) {
        this.title = title;
        this.projectSuffix = projectSuffix;
        this.sources = sources;
        this.targets = targets;
        this.intermediates = intermediates;
    }

    public String title() {
        return title;
    }

    public ArtifactGroup sources() {
        return sources;
    }

    public ArtifactGroup targets() {
        return targets;
    }

    /** The service project that holds this view's runs. */
    public String projectId(String baseProjectId) {
        return baseProjectId + projectSuffix;
    }

    public boolean appliesTo(CollectedArtifacts collected) {
        return !collected.group(sources).isEmpty() && !collected.group(targets).isEmpty();
    }

    /** The upload batch of this view: sources, targets and (for requirements -> code) the tests as intermediates. */
    public List<ArtifactUpload> uploads(CollectedArtifacts collected) {
        var batch = new ArrayList<ArtifactUpload>();
        add(batch, Role.SOURCE, collected.group(sources));
        add(batch, Role.TARGET, collected.group(targets));
        if (intermediates != null) {
            add(batch, Role.INTERMEDIATE, collected.group(intermediates));
        }
        return batch;
    }

    private static void add(List<ArtifactUpload> batch, Role role, List<ArtifactFile> files) {
        for (var file : files) {
            batch.add(new ArtifactUpload(role, file.path(), file.text(), file.path()));
        }
    }
}
