package io.jenkins.plugins.comet;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.comet.client.access.ServiceChoice;
import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.ServiceUnreachableException;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import io.jenkins.plugins.comet.client.gate.Gate;
import io.jenkins.plugins.comet.client.gate.GateCondition;
import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.gate.GateRules;
import io.jenkins.plugins.comet.client.report.ReportJson;
import io.jenkins.plugins.comet.client.trace.TraceSettings;
import io.jenkins.plugins.comet.client.trace.Tracer;
import io.jenkins.plugins.comet.client.upload.ArtifactGlobs;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import io.jenkins.plugins.comet.client.upload.PayloadCap;
import io.jenkins.plugins.comet.client.upload.ScanWire;
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
        ServiceChoice service;
        try {
            service = ServiceChoice.resolve(env.expand(step.getServerUrl()), step.getCredentialsId(), global.getServerUrl(),
                    global.getCredentialsId());
        } catch (IllegalArgumentException e) {
            throw new AbortException("Comet: " + e.getMessage());
        }
        var clearText = ServiceUrls.plainHttpWarning(service.url());
        if (clearText != null) {
            log.println("Comet: warning: " + clearText);
        }
        var projectId = env.expand(step.getProjectId());
        var settings = settings(projectId);

        var requirements = env.expand(step.getRequirements());
        var sources = env.expand(step.getSources());
        var tests = env.expand(step.getTests());
        var excludes = env.expand(step.getExcludes());
        try {
            ArtifactGlobs.of(requirements, sources, tests, excludes); // bad patterns fail here, with the message, not on the agent
        } catch (IllegalArgumentException e) {
            throw new AbortException("Comet: bad file pattern: " + e.getMessage());
        }
        var scanned = workspace.act(new ScanWorkspace(requirements, sources, tests, excludes, PayloadCap.DEFAULT_MAX_CHARS));
        // The agent is not trusted: its answer is checked again on the controller, cap included.
        var collected = PayloadCap.apply(decode(scanned), PayloadCap.DEFAULT_MAX_CHARS);
        var client = new CometClient(ServiceUrls.parse(service.url()), ApiKeyCredentials.apiKey(service.credentialsId(), service.url(), run, true),
                REQUEST_TIMEOUT, ServiceHttp.client());

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
        run.addOrReplaceAction(new CometReportAction(service.url(), service.credentialsId(), projectId, decision));
        log.println("Comet: " + decision.headline());
        for (var reason : decision.reasons()) {
            log.println("Comet: " + reason);
        }
        apply(decision);
    }

    private static CollectedArtifacts decode(String[][] scanned) throws AbortException {
        try {
            return ScanWire.decode(scanned);
        } catch (IllegalArgumentException e) {
            throw new AbortException("Comet: the workspace scan came back malformed: " + e.getMessage());
        }
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

    /**
     * setResult only ever worsens a result, so a build that already failed stays failed. A FAILURE
     * also ends the step with an AbortException, after the report is attached: in Pipeline that marks
     * the stage that ran the step as failed, not only the build. UNSTABLE only sets the build result;
     * marking the stage unstable needs Pipeline's WarningAction, which this module does not depend on
     * (see README, "What is verified").
     */
    private void apply(GateDecision decision) throws AbortException {
        switch (decision.outcome()) {
            case UNSTABLE -> run.setResult(Result.UNSTABLE);
            case FAILURE -> {
                run.setResult(Result.FAILURE);
                throw new AbortException("Comet: " + decision.headline());
            }
            case SUCCESS -> { }
        }
    }
}
