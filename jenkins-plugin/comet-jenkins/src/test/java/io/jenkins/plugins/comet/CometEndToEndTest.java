package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import hudson.model.Result;
import io.jenkins.plugins.comet.client.support.CometServer;
import io.jenkins.plugins.comet.client.support.RepoPaths;
import io.jenkins.plugins.comet.client.trace.TraceView;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Jenkins and the real Comet service (src/Comet.Server, started on 127.0.0.1 by comet-client's test
 * support) with the demo project as the workspace: build, report page, feedback form, gate.
 * Opt-in ({@code mvn verify -Dcomet.e2e=true}): it needs the .NET service built first
 * ({@code dotnet build src/Comet.Server -c Release}), which a plain plugin build does not have.
 */
@WithJenkins
@EnabledIfSystemProperty(named = "comet.e2e", matches = "true")
class CometEndToEndTest {
    private static CometServer server;

    @BeforeAll
    static void startService() throws Exception {
        server = CometServer.start();
    }

    @AfterAll
    static void stopService() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void build_demoWorkspace_attachesTheReportAndGatesOnGaps(JenkinsRule j) throws Exception {
        var job = demoJob(j, "e2e-gate", "unstableOn: 'anyGaps'");
        var build = j.buildAndAssertStatus(Result.UNSTABLE, job);
        j.assertLogContains("Gate unstable on anyGaps", build);

        var action = build.getAction(CometReportAction.class);
        var report = action.getReport();
        assertNotNull(report);
        assertEquals(3, report.views().size());
        assertEquals(22 * 34, report.view(TraceView.REQUIREMENTS_TO_CODE).counts().total());

        var page = j.createWebClient().getPage(build, "comet/");
        assertTrue(page.asNormalizedText().contains("Requirements \u2192 code"));
        assertTrue(page.asNormalizedText().contains("Probably linked: p \u2265 0.70"));
    }

    @Test
    void feedbackForm_answerFive_isStoredWithTheBuildAndOnTheService(JenkinsRule j) throws Exception {
        var build = j.buildAndAssertSuccess(demoJob(j, "e2e-feedback", "unstableOn: 'never'"));
        var web = j.createWebClient();
        var page = web.getPage(build, "comet/");
        HtmlForm form = page.getFirstByXPath("//form[@class='comet-feedback']");
        var source = form.getInputByName("source").getValue();
        var target = form.getInputByName("target").getValue();
        for (var radio : form.getInputsByName("likert")) {
            ((HtmlRadioButtonInput) radio).setChecked("5".equals(radio.getValue()));
        }
        j.submit(form);

        var answers = build.getAction(CometReportAction.class).getAnswers();
        assertEquals(1, answers.size());
        assertEquals(5, answers.get(0).likert());
        assertEquals(source, answers.get(0).source());
        var history = server.client().feedbackHistory("e2e-feedback", source, target).items();
        assertEquals(1, history.size());
        assertEquals(5, history.get(0).likert());
        assertEquals(answers.get(0).feedbackId(), history.get(0).id());
    }

    @Test
    void feedback_getOrWithoutBuildPermission_isRefused(JenkinsRule j) throws Exception {
        var build = j.buildAndAssertSuccess(demoJob(j, "e2e-refused", "unstableOn: 'never'"));
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(jenkins.model.Jenkins.READ, hudson.model.Item.READ).everywhere().to("reader"));

        var web = j.createWebClient().login("reader");
        web.setThrowExceptionOnFailingStatusCode(false);
        var get = web.goTo(build.getUrl() + "comet/feedback");
        assertEquals(405, get.getWebResponse().getStatusCode(), "POST only");

        var post = new WebRequest(web.createCrumbedUrl(build.getUrl() + "comet/feedback"), HttpMethod.POST);
        post.setRequestBody("view=REQUIREMENTS_TO_CODE&source=requirements%2FREQ-01.txt&target=x&likert=5");
        assertEquals(403, web.getPage(post).getWebResponse().getStatusCode(), "reading is not enough to answer");

        var page = web.getPage(build, "comet/");
        assertEquals(0, page.getByXPath("//form[@class='comet-feedback']").size(), "no forms for people who cannot answer");
    }

    private static WorkflowJob demoJob(JenkinsRule j, String projectId, String gate) throws Exception {
        CometTraceRecorderTest.addKey("comet-key", server.operatorKey());
        var job = j.createProject(WorkflowJob.class, projectId);
        new FilePath(RepoPaths.demoWorkspace().toFile()).copyRecursiveTo(j.jenkins.getWorkspaceFor(job));
        job.setDefinition(new CpsFlowDefinition("""
                node {
                  cometTrace projectId: '%s', serverUrl: '%s', credentialsId: 'comet-key',
                             requirements: 'requirements/**', sources: 'src/**', tests: 'tests/**', %s
                }
                """.formatted(projectId, server.url(), gate), true));
        return job;
    }
}
