package io.jenkins.plugins.comet.client.api;

/** One candidate link of a run; rank 1 is the run's most probable link; feedback names the answer that set p, if any. */
public record Link(String source, String target, int rank, double probability, Bucket bucket, double score, String feedback) {
}
