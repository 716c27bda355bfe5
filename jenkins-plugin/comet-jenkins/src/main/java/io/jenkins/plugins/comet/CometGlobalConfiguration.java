package io.jenkins.plugins.comet;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.comet.client.api.CometApiException;
import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import java.io.IOException;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Manage Jenkins > System > Comet: the service URL and API key credential that steps use when they name none. */
@Extension
@Symbol("comet")
public class CometGlobalConfiguration extends GlobalConfiguration {
    private String serverUrl = "";
    private String credentialsId = "";

    public CometGlobalConfiguration() {
        load();
    }

    public static CometGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(CometGlobalConfiguration.class);
    }

    public String getServerUrl() {
        return serverUrl == null ? "" : serverUrl;
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl == null ? "" : serverUrl.trim();
        save();
    }

    public String getCredentialsId() {
        return credentialsId == null ? "" : credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId;
        save();
    }

    public FormValidation doCheckServerUrl(@QueryParameter String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok(); // optional: each step may name its own
        }
        var problem = ServiceUrls.problem(value);
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId, @QueryParameter String serverUrl) {
        return ApiKeyCredentials.fillItems((Item) null, credentialsId, serverUrl);
    }

    /** "Test connection": asks /health, then lists the projects the key opens. Admins only: it sends a stored secret to a URL. */
    @POST
    public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String credentialsId) throws InterruptedException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        var problem = ServiceUrls.problem(serverUrl);
        if (problem != null) {
            return FormValidation.error(problem);
        }
        try {
            var anonymous = new CometClient(ServiceUrls.parse(serverUrl), null, TraceBuild.REQUEST_TIMEOUT);
            var health = anonymous.health();
            var key = SystemCredentials.apiKey(credentialsId);
            if (key == null) {
                return FormValidation.warning("The service answers (" + health.status() + "), but no API key credential is selected.");
            }
            List<?> projects = new CometClient(ServiceUrls.parse(serverUrl), key, TraceBuild.REQUEST_TIMEOUT).projects();
            return FormValidation.ok("Connected: the key opens " + projects.size() + " project(s).");
        } catch (CometApiException e) {
            return FormValidation.error("The service refused: " + e.getMessage());
        } catch (IOException e) {
            return FormValidation.error("Cannot reach the service: " + e.getMessage());
        }
    }
}
