package io.jenkins.plugins.comet;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The service's API key lives in a "Secret text" credential of the Credentials plugin, never in a plain
 * field. Every lookup passes the service URL as a domain requirement, so a credential kept in a domain
 * for other hosts is not sent to this one (the drop-down filtering alone would not stop a hand-edited
 * or Pipeline-given id).
 */
final class ApiKeyCredentials {
    private ApiKeyCredentials() {
    }

    /** The domain requirements of a service URL (scheme, host, port, path), as the Credentials plugin matches them. */
    static List<DomainRequirement> requirementsFor(String serviceUrl) {
        return serviceUrl == null || ServiceUrls.problem(serviceUrl) != null ? List.of() : URIRequirementBuilder.fromUri(serviceUrl.trim()).build();
    }

    /** The key for a build; {@code track} records the credential as used by it (the build step does, the feedback form not). */
    static String apiKey(String credentialsId, String serviceUrl, Run<?, ?> run, boolean track) throws AbortException {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new AbortException("Comet: no API key credential is configured (step or global configuration).");
        }
        var credential = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run, requirementsFor(serviceUrl));
        if (credential == null) {
            throw new AbortException("Comet: no 'Secret text' credential with id '" + credentialsId + "' is visible to this build"
                    + " for " + serviceUrl + " (check its id and that its credential domain, if any, covers this URL).");
        }
        if (track) {
            CredentialsProvider.track(run, credential);
        }
        return credential.getSecret().getPlainText();
    }

    /**
     * The drop-down of a job's step (item != null) or of the global configuration (item == null). The
     * global list offers only GLOBAL-scoped keys: a SYSTEM-scoped one is invisible to builds, so a build
     * would fail to find the key the administrator picked.
     */
    static ListBoxModel fillItems(Item item, String credentialsId, String serverUrl) {
        var model = new StandardListBoxModel();
        if (!FormPermissions.mayConfigure(item)) {
            return model.includeCurrentValue(credentialsId);
        }
        var requirements = requirementsFor(serverUrl);
        if (item == null) {
            return model.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, requirements,
                    CredentialsMatchers.withScope(CredentialsScope.GLOBAL)).includeCurrentValue(credentialsId);
        }
        return model.includeEmptyValue().includeMatchingAs(ACL.SYSTEM2, item, StringCredentials.class, requirements,
                CredentialsMatchers.always()).includeCurrentValue(credentialsId);
    }
}
