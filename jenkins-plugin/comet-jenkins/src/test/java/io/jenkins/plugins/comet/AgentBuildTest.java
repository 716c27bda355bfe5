package io.jenkins.plugins.comet;

import hudson.model.Label;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A build on an agent (a separate JVM behind a remoting channel), where the workspace scan's answer
 * crosses Jenkins' JEP-200 class filter on its way back to the controller. On the built-in node it
 * never does, which is how a scan result of non-JDK classes went unnoticed.
 */
@WithJenkins
class AgentBuildTest {
    @Test
    void pipelineOnAnAgent_scanComesBackToTheController(JenkinsRule j) throws Exception {
        j.createOnlineSlave(Label.get("remote"));
        CometTraceRecorderTest.addKey("comet-key", "comet_unused");
        var job = j.createProject(WorkflowJob.class, "on-agent");
        job.setDefinition(new CpsFlowDefinition("""
                node('remote') {
                  writeFile file: 'docs/req/R1.txt', text: 'The user logs in with a password.'
                  writeFile file: 'src/main/Login.java', text: 'class Login { void login(String password) {} }'
                  writeFile file: 'logo.bin', text: '\\u0000\\u0001'
                  cometTrace projectId: 'agent-test', serverUrl: '%s', credentialsId: 'comet-key',
                             requirements: 'docs/req/**', sources: 'src/main/**, *.bin', tests: '', failOpen: true
                }
                """.formatted(closedPortUrl()), true));

        var build = j.buildAndAssertSuccess(job);

        j.assertLogNotContains("Rejected:", build);
        // Printed on the controller from the decoded scan: the files were read on the agent and came back.
        j.assertLogContains("found 1 requirements, 1 code files, 0 tests, 1 skipped", build);
        j.assertLogContains("skipped logo.bin: binary file", build);
        j.assertLogContains("Gate not evaluated", build);
    }

    private static String closedPortUrl() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }
}
