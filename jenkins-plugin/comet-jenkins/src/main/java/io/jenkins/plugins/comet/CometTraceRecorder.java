package io.jenkins.plugins.comet;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import io.jenkins.plugins.comet.client.gate.GateCondition;
import io.jenkins.plugins.comet.client.trace.ProjectIds;
import io.jenkins.plugins.comet.client.upload.GlobSet;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The build step: after the build, trace the workspace's requirements to its code and tests with the
 * Comet service, attach the report to the build, and let the gate set the build result. In Pipeline:
 * {@code cometTrace projectId: 'shop', requirements: 'docs/req/**', sources: 'src/main/**', tests: 'src/test/**', failOn: 'newGaps'}.
 * All logic lives in comet-client; this class holds the configuration and hands over to {@link TraceBuild}.
 */
public class CometTraceRecorder extends Recorder implements SimpleBuildStep {
    // Not final, and boxed failOpen: XStream builds this object from config.xml without running the
    // constructor or field initializers, and readResolve() must be able to fill in what a partial file lacks.
    private String projectId;
    private String serverUrl = "";
    private String credentialsId = "";
    private String requirements = DescriptorImpl.DEFAULT_REQUIREMENTS;
    private String sources = DescriptorImpl.DEFAULT_SOURCES;
    private String tests = DescriptorImpl.DEFAULT_TESTS;
    private String excludes = "";
    private String failOn = GateCondition.NEVER.id();
    private String unstableOn = GateCondition.NEW_GAPS.id();
    private Boolean failOpen = true;
    private int timeoutMinutes = DescriptorImpl.DEFAULT_TIMEOUT_MINUTES;

    @DataBoundConstructor
    public CometTraceRecorder(String projectId) {
        this.projectId = projectId == null ? "" : projectId.trim();
    }

    public String getProjectId() {
        return projectId;
    }

    public String getServerUrl() {
        return serverUrl;
    }

    /** Blank: the global configuration's URL. */
    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl == null ? "" : serverUrl.trim();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** A "Secret text" credential holding the API key; blank: the global configuration's. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId;
    }

    public String getRequirements() {
        return requirements;
    }

    @DataBoundSetter
    public void setRequirements(String requirements) {
        this.requirements = requirements == null ? "" : requirements;
    }

    public String getSources() {
        return sources;
    }

    @DataBoundSetter
    public void setSources(String sources) {
        this.sources = sources == null ? "" : sources;
    }

    public String getTests() {
        return tests;
    }

    @DataBoundSetter
    public void setTests(String tests) {
        this.tests = tests == null ? "" : tests;
    }

    public String getExcludes() {
        return excludes;
    }

    @DataBoundSetter
    public void setExcludes(String excludes) {
        this.excludes = excludes == null ? "" : excludes;
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = GateCondition.parse(failOn).id();
    }

    public String getUnstableOn() {
        return unstableOn;
    }

    @DataBoundSetter
    public void setUnstableOn(String unstableOn) {
        this.unstableOn = GateCondition.parse(unstableOn).id();
    }

    public boolean isFailOpen() {
        return failOpen == null || failOpen;
    }

    @DataBoundSetter
    public void setFailOpen(boolean failOpen) {
        this.failOpen = failOpen;
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = Math.max(1, timeoutMinutes);
    }

    /**
     * Defaults for fields a hand-written or older config.xml leaves out (XStream leaves them null or 0),
     * the same values a new step gets, so that such a job builds instead of failing with a NullPointerException.
     */
    protected Object readResolve() {
        projectId = projectId == null ? "" : projectId;
        serverUrl = serverUrl == null ? "" : serverUrl;
        credentialsId = credentialsId == null ? "" : credentialsId;
        requirements = requirements == null ? DescriptorImpl.DEFAULT_REQUIREMENTS : requirements;
        sources = sources == null ? DescriptorImpl.DEFAULT_SOURCES : sources;
        tests = tests == null ? DescriptorImpl.DEFAULT_TESTS : tests;
        excludes = excludes == null ? "" : excludes;
        failOn = failOn == null ? GateCondition.NEVER.id() : failOn;
        unstableOn = unstableOn == null ? GateCondition.NEW_GAPS.id() : unstableOn;
        failOpen = failOpen == null ? Boolean.TRUE : failOpen;
        timeoutMinutes = timeoutMinutes < 1 ? DescriptorImpl.DEFAULT_TIMEOUT_MINUTES : timeoutMinutes;
        return this;
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE; // each build talks to the service on its own; no ordering between builds needed
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env, @NonNull Launcher launcher,
            @NonNull TaskListener listener) throws InterruptedException, IOException {
        new TraceBuild(this, run, workspace, env, listener).execute();
    }

    @Extension
    @Symbol("cometTrace")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        public static final String DEFAULT_REQUIREMENTS = "docs/requirements/**";
        public static final String DEFAULT_SOURCES = "src/main/**";
        public static final String DEFAULT_TESTS = "src/test/**";
        public static final int DEFAULT_TIMEOUT_MINUTES = 10;

        // Instance getters for config.jelly, which cannot read static fields.
        public String getDefaultRequirements() {
            return DEFAULT_REQUIREMENTS;
        }

        public String getDefaultSources() {
            return DEFAULT_SOURCES;
        }

        public String getDefaultTests() {
            return DEFAULT_TESTS;
        }

        public int getDefaultTimeoutMinutes() {
            return DEFAULT_TIMEOUT_MINUTES;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Texts.get("CometTraceRecorder.DisplayName");
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        // Every web method below is POST only and checks the caller's permission on the job (or
        // Overall/Administer outside a job, e.g. the global snippet generator): a form check can reveal
        // configuration, and a GET could be triggered cross-site.

        @POST
        public FormValidation doCheckProjectId(@AncestorInPath Item item, @QueryParameter String value) {
            if (!FormPermissions.mayConfigure(item)) {
                return FormValidation.ok();
            }
            var problem = ProjectIds.problem(value);
            return problem == null || value.contains("$") ? FormValidation.ok() : FormValidation.error(problem);
        }

        @POST
        public FormValidation doCheckServerUrl(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String credentialsId) {
            if (!FormPermissions.mayConfigure(item)) {
                return FormValidation.ok();
            }
            var global = CometGlobalConfiguration.get();
            if (value == null || value.isBlank()) {
                return global.getServerUrl().isBlank() ? FormValidation.warning(Texts.get("Form.NoGlobalUrl")) : FormValidation.ok();
            }
            var problem = ServiceUrls.problem(value);
            if (problem != null) {
                return FormValidation.error(problem);
            }
            if ((credentialsId == null || credentialsId.isBlank()) && !ServiceUrls.sameService(value, global.getServerUrl())) {
                return FormValidation.warning(Texts.get("Form.UrlNeedsCredential"));
            }
            var clearText = ServiceUrls.plainHttpWarning(value);
            return clearText == null ? FormValidation.ok() : FormValidation.warning(clearText);
        }

        @POST
        public FormValidation doCheckRequirements(@AncestorInPath Item item, @QueryParameter String value) {
            return checkGlobs(item, value, true);
        }

        @POST
        public FormValidation doCheckSources(@AncestorInPath Item item, @QueryParameter String value) {
            return checkGlobs(item, value, true);
        }

        @POST
        public FormValidation doCheckTests(@AncestorInPath Item item, @QueryParameter String value) {
            return checkGlobs(item, value, false);
        }

        @POST
        public FormValidation doCheckExcludes(@AncestorInPath Item item, @QueryParameter String value) {
            return checkGlobs(item, value, false);
        }

        @POST
        public FormValidation doCheckTimeoutMinutes(@AncestorInPath Item item, @QueryParameter int value) {
            if (!FormPermissions.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return value >= 1 ? FormValidation.ok() : FormValidation.error(Texts.get("Form.TimeoutTooShort"));
        }

        @POST
        public ListBoxModel doFillFailOnItems() {
            FormPermissions.checkFixedList();
            return GateConditions.items();
        }

        @POST
        public ListBoxModel doFillUnstableOnItems() {
            FormPermissions.checkFixedList();
            return GateConditions.items();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId,
                @QueryParameter String serverUrl) {
            return ApiKeyCredentials.fillItems(item, credentialsId, serverUrl);
        }

        private static FormValidation checkGlobs(Item item, String value, boolean required) {
            if (!FormPermissions.mayConfigure(item)) {
                return FormValidation.ok();
            }
            try {
                var globs = GlobSet.parse(value);
                if (required && globs.isEmpty()) {
                    return FormValidation.error(Texts.get("Form.PatternRequired"));
                }
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
