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
    private final String projectId;
    private String serverUrl = "";
    private String credentialsId = "";
    private String requirements = DescriptorImpl.DEFAULT_REQUIREMENTS;
    private String sources = DescriptorImpl.DEFAULT_SOURCES;
    private String tests = DescriptorImpl.DEFAULT_TESTS;
    private String excludes = "";
    private String failOn = GateCondition.NEVER.id();
    private String unstableOn = GateCondition.NEW_GAPS.id();
    private boolean failOpen = true;
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
        return failOpen;
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
            return "Trace requirements to code and tests with Comet";
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        public FormValidation doCheckProjectId(@QueryParameter String value) {
            var problem = ProjectIds.problem(value);
            return problem == null || value.contains("$") ? FormValidation.ok() : FormValidation.error(problem);
        }

        public FormValidation doCheckServerUrl(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return CometGlobalConfiguration.get().getServerUrl().isBlank()
                        ? FormValidation.warning("No URL here and none in the global configuration (Manage Jenkins > System > Comet).")
                        : FormValidation.ok();
            }
            var problem = ServiceUrls.problem(value);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }

        public FormValidation doCheckRequirements(@QueryParameter String value) {
            return checkGlobs(value, true);
        }

        public FormValidation doCheckSources(@QueryParameter String value) {
            return checkGlobs(value, true);
        }

        public FormValidation doCheckTests(@QueryParameter String value) {
            return checkGlobs(value, false);
        }

        public FormValidation doCheckExcludes(@QueryParameter String value) {
            return checkGlobs(value, false);
        }

        public FormValidation doCheckTimeoutMinutes(@QueryParameter int value) {
            return value >= 1 ? FormValidation.ok() : FormValidation.error("At least 1 minute.");
        }

        public ListBoxModel doFillFailOnItems() {
            return GateConditions.items();
        }

        public ListBoxModel doFillUnstableOnItems() {
            return GateConditions.items();
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId,
                @QueryParameter String serverUrl) {
            return ApiKeyCredentials.fillItems(item, credentialsId, serverUrl);
        }

        private static FormValidation checkGlobs(String value, boolean required) {
            try {
                var globs = GlobSet.parse(value);
                if (required && globs.isEmpty()) {
                    return FormValidation.error("Enter at least one Ant pattern, e.g. docs/requirements/**");
                }
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
