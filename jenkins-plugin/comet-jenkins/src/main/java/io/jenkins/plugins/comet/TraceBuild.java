package io.jenkins.plugins.comet;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.ServiceUnreachableException;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import io.jenkins.plugins.comet.client.gate.Gate;
import io.jenkins.plugins.comet.client.gate.GateCondition;
import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.gate.GateRules;
import io.jenkins.plugins.comet.client.report.ReportJson;
import io.jenkins.plugins.comet.client.trace.TraceSettings;
import io.jenkins.plugins.comet.client.trace.Tracer;
import io.jenkins.plugins.comet.client.upload.ArtifactGlobs;
import java.io.IOException;
import java.time.Duration;

/**
 * One execution of the build step: resolve settings, scan the workspace on its node, trace on the
 * controller, store the report with the build, and let the gate set the result. Errors the service
 * answers (bad key, bad request, failed run) fail the step; an unreachable service is the gate's
 * fail-open case.
 */
final class TraceBuild {
    /** Timeout of a single HTTP request (a run has its own, longer timeout). */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final CometTraceRecorder step;
    private final Run<?, ?> run;
    private final FilePath workspace;
    private final EnvVars env;
    private final TaskListener listener;

    TraceBuild(CometTraceRecorder step, Run<?, ?> run, FilePath workspace, EnvVars env, TaskListener listener) {
        this.step = step;
        this.run = run;
        this.workspace = workspace;
        this.env = env;
        this.listener = listener;
    }

    void execute() throws IOException, InterruptedException {
        var log = listener.getLogger();
        var rules = new GateRules(GateCondition.parse(step.getFailOn()), GateCondition.parse(step.getUnstableOn()), step.isFailOpen());
        var global = CometGlobalConfiguration.get();
        var url = env.expand(step.getServerUrl().isBlank() ? global.getServerUrl() : step.getServerUrl());
        var credentialsId = step.getCredentialsId().isBlank() ? global.getCredentialsId() : step.getCredentialsId();
        var projectId = env.expand(step.getProjectId());
        var settings = settings(projectId);
        if (ServiceUrls.problem(url) != null) {
            throw new AbortException("Comet: " + ServiceUrls.problem(url));
        }

        ArtifactGlobs globs;
        try {
            globs = ArtifactGlobs.of(env.expand(step.getRequirements()), env.expand(step.getSources()), env.expand(step.getTests()),
                    env.expand(step.getExcludes()));
        } catch (IllegalArgumentException e) {
            throw new AbortException("Comet: bad file pattern: " + e.getMessage());
        }
        var collected = workspace.act(new ScanWorkspace(globs));
        var client = new CometClient(ServiceUrls.parse(url), ApiKeyCredentials.apiKey(credentialsId, run, true), REQUEST_TIMEOUT);

        GateDecision decision;
        try {
            var report = new Tracer(client, log::println).trace(settings, collected, PreviousReports.find(run));
            decision = Gate.evaluate(report, rules);
            ReportJson.write(report.withDecision(decision), CometReportAction.reportFile(run).toPath());
        } catch (ServiceUnreachableException e) {
            decision = Gate.unreachable(rules, e.getMessage());
        } catch (IOException e) {
            throw new AbortException("Comet: " + e.getMessage());
        }
        run.addOrReplaceAction(new CometReportAction(url, credentialsId, projectId, decision));
        for (var reason : decision.reasons()) {
            log.println("Comet: " + reason);
        }
        apply(decision.outcome());
    }

    private TraceSettings settings(String projectId) throws AbortException {
        try {
            var defaults = TraceSettings.defaults(projectId);
            return new TraceSettings(projectId, run.getParent().getFullDisplayName(), defaults.pollInterval(),
                    Duration.ofMinutes(step.getTimeoutMinutes()), defaults.explainLimit(), defaults.notLinkedShown());
        } catch (IllegalArgumentException e) {
            throw new AbortException("Comet: " + e.getMessage());
        }
    }

    // setResult only ever worsens a result, so a build that already failed stays failed.
    private void apply(GateOutcome outcome) {
        switch (outcome) {
            case UNSTABLE -> run.setResult(Result.UNSTABLE);
            case FAILURE -> run.setResult(Result.FAILURE);
            case SUCCESS -> { }
        }
    }
}
