package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Result;
import hudson.util.Secret;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.nodes.StepAtomNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The step's configuration and its behaviour without a service (the real service is in CometEndToEndTest). */
@WithJenkins
class CometTraceRecorderTest {
    @Test
    void configRoundtrip_freestyle_keepsEveryField(JenkinsRule j) throws Exception {
        var project = j.createFreeStyleProject();
        var step = new CometTraceRecorder("shop");
        step.setServerUrl("http://127.0.0.1:9/");
        step.setCredentialsId("comet-key");
        step.setRequirements("docs/req/**");
        step.setSources("src/main/**");
        step.setTests("src/test/**");
        step.setExcludes("**/generated/**");
        step.setFailOn("anyGaps");
        step.setUnstableOn("vanishedLinks");
        step.setFailOpen(false);
        step.setTimeoutMinutes(7);
        project.getPublishersList().add(step);

        j.configRoundtrip(project);

        j.assertEqualDataBoundBeans(step, project.getPublishersList().get(CometTraceRecorder.class));
    }

    @Test
    void pipeline_unreachableServiceWithFailOpen_succeedsAndSaysWhy(JenkinsRule j) throws Exception {
        addKey("comet-key", "comet_unused");
        var job = pipeline(j, closedPortUrl(), "true");
        var build = j.buildAndAssertSuccess(job);
        j.assertLogContains("could not be reached", build);
        j.assertLogContains("fail-open leaves the build result unchanged", build);
        j.assertLogContains("Gate not evaluated", build);
        var action = build.getAction(CometReportAction.class);
        assertNotNull(action);
        assertNull(action.getReport());
        // Visible where people look, not only in the log: the build's main page and the report page.
        var web = j.createWebClient();
        assertTrue(web.getPage(build).asNormalizedText().contains("Gate not evaluated"));
        assertTrue(web.getPage(build, "comet/").asNormalizedText().contains("Gate not evaluated"));
    }

    @Test
    void pipeline_unreachableServiceWithFailOpenOff_fails(JenkinsRule j) throws Exception {
        addKey("comet-key", "comet_unused");
        var build = j.buildAndAssertStatus(Result.FAILURE, pipeline(j, closedPortUrl(), "false"));
        j.assertLogContains("fail-open is off", build);
        // The step itself failed, not only the build: its node in the flow graph carries the error, which is
        // what Pipeline's views use to paint the enclosing stage as failed.
        var failedSteps = new DepthFirstScanner().allNodes(build.getExecution()).stream()
                .filter(node -> node instanceof StepAtomNode && node.getError() != null)
                .map(node -> node.getError().getError().getMessage())
                .toList();
        assertTrue(failedSteps.stream().anyMatch(message -> message.contains("Gate not evaluated")), failedSteps.toString());
    }

    @Test
    void pipeline_missingCredential_abortsWithAClearMessage(JenkinsRule j) throws Exception {
        var build = j.buildAndAssertStatus(Result.FAILURE, pipeline(j, closedPortUrl(), "true"));
        j.assertLogContains("no 'Secret text' credential with id 'comet-key'", build);
    }

    @Test
    void descriptor_checks_projectIdAndPatterns(JenkinsRule j) throws Exception {
        var descriptor = j.jenkins.getDescriptorByType(CometTraceRecorder.DescriptorImpl.class);
        var job = j.createFreeStyleProject("checked");
        assertEquals(hudson.util.FormValidation.Kind.OK, descriptor.doCheckProjectId(job, "shop-api").kind);
        assertEquals(hudson.util.FormValidation.Kind.ERROR, descriptor.doCheckProjectId(job, "Shop API").kind);
        assertEquals(hudson.util.FormValidation.Kind.ERROR, descriptor.doCheckRequirements(job, "").kind);
        assertEquals(hudson.util.FormValidation.Kind.ERROR, descriptor.doCheckSources(job, "../outside/**").kind);
        assertEquals(hudson.util.FormValidation.Kind.WARNING, descriptor.doCheckServerUrl(job, "http://comet.example/", "k").kind,
                "clear text to a remote host");
        assertEquals(4, descriptor.doFillFailOnItems().size());
    }

    static WorkflowJob pipeline(JenkinsRule j, String url, String failOpen) throws Exception {
        var job = j.createProject(WorkflowJob.class, "traced");
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  stage('trace') {
                    writeFile file: 'docs/req/R1.txt', text: 'The user logs in with a password.'
                    writeFile file: 'src/main/Login.java', text: 'class Login { void login(String password) {} }'
                    cometTrace projectId: 'pipeline-test', serverUrl: '%s', credentialsId: 'comet-key',
                               requirements: 'docs/req/**', sources: 'src/main/**', tests: '',
                               failOn: 'anyGaps', failOpen: %s
                  }
                }
                """.formatted(url, failOpen), true));
        return job;
    }

    @Test
    void readResolve_partialConfigXml_getsTheDefaultsOfANewStep(JenkinsRule j) throws Exception {
        var project = j.createFreeStyleProject("partial");
        // Only the project id, as someone might write by hand or an older version might have saved.
        project.updateByXml((javax.xml.transform.Source) new javax.xml.transform.stream.StreamSource(new java.io.StringReader("""
                <project>
                  <publishers>
                    <io.jenkins.plugins.comet.CometTraceRecorder><projectId>shop</projectId></io.jenkins.plugins.comet.CometTraceRecorder>
                  </publishers>
                </project>
                """)));
        var step = j.jenkins.getItemByFullName("partial", hudson.model.FreeStyleProject.class).getPublishersList().get(CometTraceRecorder.class);
        var fresh = new CometTraceRecorder("shop");
        j.assertEqualDataBoundBeans(fresh, step);
        assertTrue(step.isFailOpen());
        assertEquals(CometTraceRecorder.DescriptorImpl.DEFAULT_TIMEOUT_MINUTES, step.getTimeoutMinutes());
    }

    static void addKey(String id, String key) throws Exception {
        var store = CredentialsProvider.lookupStores(jenkins.model.Jenkins.get()).iterator().next();
        store.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "Comet API key", Secret.fromString(key)));
    }

    private static String closedPortUrl() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }
}
