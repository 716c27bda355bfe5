package io.jenkins.plugins.comet;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Looks up a global "Secret text" credential outside any build (for the global configuration's connection test). */
final class SystemCredentials {
    private SystemCredentials() {
    }

    /** The key, or null when the id is blank or names no secret-text credential. */
    static String apiKey(String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return null;
        }
        var credential = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of()),
                CredentialsMatchers.withId(credentialsId));
        return credential == null ? null : credential.getSecret().getPlainText();
    }
}
