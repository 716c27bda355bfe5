package io.jenkins.plugins.comet.client.feedback;

import io.jenkins.plugins.comet.client.api.Feedback;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.io.Serializable;

/** An answer given on a build's report page, kept with the build (the service keeps its own history too). */
public record FeedbackRecord(
        TraceView view,
        String source,
        String target,
        int likert,
        String author,
        String comment,
        long feedbackId,
        String recordedAt) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static FeedbackRecord of(TraceView view, Feedback stored) {
        return new FeedbackRecord(view, stored.source(), stored.target(), stored.likert() == null ? 0 : stored.likert(),
                stored.author(), stored.comment(), stored.id(), stored.recordedAt());
    }

    public boolean isAbout(TraceView otherView, String otherSource, String otherTarget) {
        return view == otherView && source.equals(otherSource) && target.equals(otherTarget);
    }
}
