package io.jenkins.plugins.comet;

import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.trace.TraceView;

/**
 * An answer as build.xml keeps it. A plain class, not the client's record: XStream, which writes
 * build.xml, cannot set the final fields of Java records.
 */
final class StoredAnswer {
    private final String view;
    private final String source;
    private final String target;
    private final int likert;
    private final String author;
    private final String comment;
    private final long feedbackId;
    private final String recordedAt;

    StoredAnswer(FeedbackRecord answer) {
        this.view = answer.view().name();
        this.source = answer.source();
        this.target = answer.target();
        this.likert = answer.likert();
        this.author = answer.author();
        this.comment = answer.comment();
        this.feedbackId = answer.feedbackId();
        this.recordedAt = answer.recordedAt();
    }

    FeedbackRecord toRecord() {
        return new FeedbackRecord(TraceView.valueOf(view), source, target, likert, author, comment, feedbackId, recordedAt);
    }
}
