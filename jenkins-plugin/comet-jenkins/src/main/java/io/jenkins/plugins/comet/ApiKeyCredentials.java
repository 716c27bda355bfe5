package io.jenkins.plugins.comet;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** The service's API key lives in a "Secret text" credential of the Credentials plugin, never in a plain field. */
final class ApiKeyCredentials {
    private ApiKeyCredentials() {
    }

    /** The key for a build; {@code track} records the credential as used by it (the build step does, the feedback form not). */
    static String apiKey(String credentialsId, Run<?, ?> run, boolean track) throws AbortException {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new AbortException("Comet: no API key credential is configured (step or global configuration).");
        }
        var credential = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run, List.of());
        if (credential == null) {
            throw new AbortException("Comet: no 'Secret text' credential with id '" + credentialsId + "' is visible to this build.");
        }
        if (track) {
            CredentialsProvider.track(run, credential);
        }
        return credential.getSecret().getPlainText();
    }

    /** The drop-down of a job's step (item != null) or of the global configuration (item == null). */
    static ListBoxModel fillItems(Item item, String credentialsId, String serverUrl) {
        var model = new StandardListBoxModel();
        if (item == null) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return model.includeCurrentValue(credentialsId);
            }
        } else if (!item.hasPermission(Item.EXTENDED_READ) && !item.hasPermission(CredentialsProvider.USE_ITEM)) {
            return model.includeCurrentValue(credentialsId);
        }
        var requirements = serverUrl == null || serverUrl.isBlank() ? List.<com.cloudbees.plugins.credentials.domains.DomainRequirement>of()
                : URIRequirementBuilder.fromUri(serverUrl).build();
        return item == null
                ? model.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, requirements,
                        CredentialsMatchers.always()).includeCurrentValue(credentialsId)
                : model.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, item, StringCredentials.class, requirements,
                        CredentialsMatchers.always()).includeCurrentValue(credentialsId);
    }
}
