package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** What the plugin stores (job config, global config, the build's report action) survives a Jenkins restart. */
class PersistenceTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void stepGlobalConfigAndBuildAction_surviveARestart() throws Throwable {
        sessions.then(j -> {
            var global = CometGlobalConfiguration.get();
            global.setServerUrl("http://127.0.0.1:9/");
            global.setCredentialsId("comet-key");
            CometTraceRecorderTest.addKey("comet-key", "comet_unused");
            var project = j.createFreeStyleProject("kept");
            // Files for the scan, so that the step gets as far as calling the (unreachable) service.
            var workspace = j.jenkins.getWorkspaceFor(project);
            workspace.child("docs/R1.req").write("The user logs in with a password.", "UTF-8");
            workspace.child("src/Login.java").write("class Login { void login(String password) {} }", "UTF-8");
            var step = new CometTraceRecorder("shop");
            step.setRequirements("**/*.req");
            step.setSources("**/*.java");
            step.setUnstableOn("anyGaps");
            step.setTimeoutMinutes(3);
            project.getPublishersList().add(step);
            j.buildAndAssertSuccess(project); // the service is unreachable: fail-open, "gate not evaluated"
        });
        sessions.then(j -> {
            assertEquals("http://127.0.0.1:9/", CometGlobalConfiguration.get().getServerUrl());
            assertEquals("comet-key", CometGlobalConfiguration.get().getCredentialsId());
            var project = j.jenkins.getItemByFullName("kept", FreeStyleProject.class);
            var step = project.getPublishersList().get(CometTraceRecorder.class);
            var expected = new CometTraceRecorder("shop");
            expected.setRequirements("**/*.req");
            expected.setSources("**/*.java");
            expected.setUnstableOn("anyGaps");
            expected.setTimeoutMinutes(3);
            j.assertEqualDataBoundBeans(expected, step);
            var action = project.getLastBuild().getAction(CometReportAction.class);
            assertTrue(action.getHeadline().startsWith("Gate not evaluated"), action.getHeadline());
            assertEquals("shop", action.getProjectId());
        });
    }
}
