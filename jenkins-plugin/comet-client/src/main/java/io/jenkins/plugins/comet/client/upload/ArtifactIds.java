package io.jenkins.plugins.comet.client.upload;

/** The service's rule for artifact ids: 1-512 characters, no control characters, no leading or trailing space. */
public final class ArtifactIds {
    public static final int MAX_LENGTH = 512;

    private ArtifactIds() {
    }

    /** Null when the service accepts the id, else why not. */
    public static String problem(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return "the path must have 1-" + MAX_LENGTH + " characters";
        }
        if (Character.isWhitespace(id.charAt(0)) || Character.isWhitespace(id.charAt(id.length() - 1))) {
            return "the path starts or ends with a space";
        }
        for (var i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return "the path has a control character";
            }
        }
        return null;
    }
}
