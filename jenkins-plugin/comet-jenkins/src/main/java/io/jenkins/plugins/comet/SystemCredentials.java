package io.jenkins.plugins.comet;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.security.ACL;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Looks up a global "Secret text" credential outside any build (for the global configuration's connection
 * test), with the same rules a build's lookup has: GLOBAL scope only, and within the URL's domains.
 */
final class SystemCredentials {
    private SystemCredentials() {
    }

    /** The key, or null when the id is blank or names no usable secret-text credential for that URL. */
    static String apiKey(String credentialsId, String serviceUrl) {
        if (credentialsId == null || credentialsId.isBlank()) {
            return null;
        }
        var credential = CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(), ACL.SYSTEM2,
                        ApiKeyCredentials.requirementsFor(serviceUrl)),
                CredentialsMatchers.allOf(CredentialsMatchers.withId(credentialsId), CredentialsMatchers.withScope(CredentialsScope.GLOBAL)));
        return credential == null ? null : credential.getSecret().getPlainText();
    }
}
