package io.jenkins.plugins.comet.client.upload;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Comma-separated Ant patterns, as in Jenkins' own "Files to archive" fields. An empty set matches nothing. */
public final class GlobSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private transient List<AntGlob> globs;

    private GlobSet(String text) {
        this.text = text == null ? "" : text.trim();
        compile(); // fail at configuration time, not on the agent
    }

    public static GlobSet parse(String commaSeparated) {
        return new GlobSet(commaSeparated);
    }

    public boolean isEmpty() {
        return compile().isEmpty();
    }

    public boolean matches(String relativePath) {
        for (var glob : compile()) {
            if (glob.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    private List<AntGlob> compile() {
        if (globs == null) {
            var parsed = new ArrayList<AntGlob>();
            for (var part : text.split(",")) {
                if (!part.isBlank()) {
                    parsed.add(new AntGlob(part));
                }
            }
            globs = List.copyOf(parsed);
        }
        return globs;
    }
}
