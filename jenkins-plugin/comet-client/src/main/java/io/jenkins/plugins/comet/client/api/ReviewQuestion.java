package io.jenkins.plugins.comet.client.api;

/**
 * A link the service asks reviewers to answer first: the one whose answer teaches the model most.
 *
 * @param information  expected information of the answer in bits (1 at p = 0.5)
 * @param rankInSource the link's rank among its source's candidates (1 = best)
 * @param reason       why it is asked, for people
 */
public record ReviewQuestion(String source, String target, double probability, double information, int rankInSource, String reason) {
}
