package io.jenkins.plugins.comet;

import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.comet.client.api.CometApiException;
import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.ServiceUrls;
import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.feedback.LikertAnswer;
import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.html.FeedbackForms;
import io.jenkins.plugins.comet.client.html.ReportHtml;
import io.jenkins.plugins.comet.client.report.Report;
import io.jenkins.plugins.comet.client.report.ReportJson;
import io.jenkins.plugins.comet.client.trace.TraceView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.Stapler;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The "Comet traceability" page of a build (URL .../comet/). The report itself is a JSON file in the
 * build folder (comet/report.json), read on demand; build.xml keeps only the gate's decision, where
 * the service is, and the answers given on this page.
 */
public class CometReportAction implements RunAction2 {
    private static final Logger LOGGER = Logger.getLogger(CometReportAction.class.getName());

    private final String serviceUrl;
    private final String credentialsId;
    private final String projectId;
    // The decision's parts, not the record itself: XStream cannot restore Java records from build.xml.
    private final GateOutcome outcome;
    private final List<String> reasons;
    private final boolean serviceUnreachable;
    private final List<StoredAnswer> answers = new CopyOnWriteArrayList<>();

    private transient Run<?, ?> run;
    private transient volatile Report report;

    public CometReportAction(String serviceUrl, String credentialsId, String projectId, GateDecision decision) {
        this.serviceUrl = serviceUrl;
        this.credentialsId = credentialsId;
        this.projectId = projectId;
        this.outcome = decision.outcome();
        this.reasons = new ArrayList<>(decision.reasons());
        this.serviceUnreachable = decision.serviceUnreachable();
    }

    static File reportFile(Run<?, ?> run) {
        return new File(new File(run.getRootDir(), "comet"), "report.json");
    }

    @Override
    public String getIconFileName() {
        return "symbol-git-network-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Texts.get("CometReportAction.DisplayName");
    }

    @Override
    public String getUrlName() {
        return "comet";
    }

    @Override
    public void onAttached(Run<?, ?> attachedTo) {
        this.run = attachedTo;
    }

    @Override
    public void onLoad(Run<?, ?> loadedFrom) {
        this.run = loadedFrom;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    public String getProjectId() {
        return projectId;
    }

    // Null-safe: build.xml files are sometimes edited or cut short by hand.
    public GateDecision getDecision() {
        return new GateDecision(outcome == null ? GateOutcome.SUCCESS : outcome, reasons, serviceUnreachable);
    }

    /** For the views: "Gate not evaluated: ..." when the service was unreachable, else the gate's outcome. */
    public String getHeadline() {
        return getDecision().headline();
    }

    public List<FeedbackRecord> getAnswers() {
        return answers.stream().map(StoredAnswer::toRecord).toList();
    }

    /** The build's report, or null when the service was unreachable (fail-open) or the file is gone. */
    public Report getReport() {
        var loaded = report;
        if (loaded == null && run != null) {
            var file = reportFile(run);
            if (file.isFile()) {
                try {
                    loaded = ReportJson.read(file.toPath());
                    report = loaded;
                } catch (IOException e) {
                    LOGGER.log(Level.WARNING, "Cannot read " + file, e);
                }
            }
        }
        return loaded;
    }

    /** The page body, made by comet-client; feedback forms only for people allowed to answer. */
    public String getReportHtml() {
        var loaded = getReport();
        return loaded == null ? "" : ReportHtml.fragment(loaded, getAnswers(), forms());
    }

    /**
     * Records a person's 1-5 answer about a link shown on this page: sent to the service as feedback
     * (the next run uses it) and kept with the build. POST only, with Jenkins' CSRF crumb, and only
     * for people who may build the job.
     */
    @RequirePOST
    public HttpResponse doFeedback(@QueryParameter String view, @QueryParameter String source, @QueryParameter String target,
            @QueryParameter int likert, @QueryParameter String comment) throws IOException, InterruptedException {
        run.getParent().checkPermission(Item.BUILD);
        var loaded = getReport();
        if (loaded == null) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_NOT_FOUND, "This build has no Comet report.");
        }
        // A missing parameter arrives as null; checked here rather than by catching the NullPointerException
        // that valueOf(null) would throw (SpotBugs DCN_NULLPOINTER_EXCEPTION).
        if (view == null || source == null || target == null) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_REQUEST, "view, source and target are required.");
        }
        TraceView traceView;
        LikertAnswer answer;
        try {
            traceView = TraceView.valueOf(view);
            answer = LikertAnswer.fromValue(likert);
        } catch (IllegalArgumentException e) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_REQUEST, "Unknown view or answer.");
        }
        var shown = loaded.view(traceView);
        // Only links this page shows can be answered: the form is not a way to post about arbitrary pairs.
        if (shown == null || shown.link(source, target) == null) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_REQUEST, "That link is not on this page.");
        }
        var user = User.current();
        var author = user == null ? "anonymous" : user.getId();
        try {
            var client = new CometClient(ServiceUrls.parse(serviceUrl), ApiKeyCredentials.apiKey(credentialsId, serviceUrl, run, false),
                    TraceBuild.REQUEST_TIMEOUT, ServiceHttp.client());
            var stored = client.addFeedback(shown.projectId(), answer.toRequest(source, target, author, comment, shown.runId()));
            answers.add(new StoredAnswer(FeedbackRecord.of(traceView, stored)));
            run.save();
        } catch (IllegalArgumentException e) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (AbortException e) {
            // The credential is gone or no longer covers the service URL: a configuration problem, not the service's.
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
        } catch (CometApiException e) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_GATEWAY, "The Comet service refused the answer: " + e.getMessage());
        } catch (IOException e) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_GATEWAY, "The Comet service is unreachable: " + e.getMessage());
        }
        return HttpResponses.redirectTo(".");
    }

    private FeedbackForms forms() {
        if (run == null || !run.getParent().hasPermission(Item.BUILD)) {
            return FeedbackForms.readOnly();
        }
        var issuer = Jenkins.get().getCrumbIssuer();
        if (issuer == null) {
            return new FeedbackForms("feedback", null, null);
        }
        return new FeedbackForms("feedback", issuer.getCrumbRequestField(), issuer.getCrumb(Stapler.getCurrentRequest2()));
    }

    /** For summary.jelly: the answers given so far, newest first. */
    public List<FeedbackRecord> getRecentAnswers() {
        var recent = new ArrayList<>(getAnswers());
        java.util.Collections.reverse(recent);
        return recent.subList(0, Math.min(5, recent.size()));
    }
}
