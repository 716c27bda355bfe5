package io.jenkins.plugins.comet;

import edu.umd.cs.findbugs.annotations.NonNull;
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

    @NonNull
    @Override
    public String getDisplayName() {
        return Texts.get("CometGlobalConfiguration.DisplayName");
    }

    /** POST and Overall/Administer only, like every web method of this page: it belongs to the global configuration. */
    @POST
    public FormValidation doCheckServerUrl(@QueryParameter String value) {
        if (!FormPermissions.mayConfigure(null)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.ok(); // optional: each step may name its own
        }
        var problem = ServiceUrls.problem(value);
        if (problem != null) {
            return FormValidation.error(problem);
        }
        var clearText = ServiceUrls.plainHttpWarning(value);
        return clearText == null ? FormValidation.ok() : FormValidation.warning(clearText);
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
            var url = ServiceUrls.parse(serverUrl);
            var health = new CometClient(url, null, TraceBuild.REQUEST_TIMEOUT, ServiceHttp.client()).health();
            var key = SystemCredentials.apiKey(credentialsId, serverUrl);
            if (key == null) {
                return FormValidation.warning(Texts.get("Connection.NoKey", health.status()));
            }
            List<?> projects = new CometClient(url, key, TraceBuild.REQUEST_TIMEOUT, ServiceHttp.client()).projects();
            return FormValidation.ok(Texts.get("Connection.Ok", projects.size()));
        } catch (CometApiException e) {
            return FormValidation.error(Texts.get("Connection.Refused", e.getMessage()));
        } catch (IOException e) {
            return FormValidation.error(Texts.get("Connection.Unreachable", e.getMessage()));
        }
    }
}
