package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The REST client of the Comet service (java.net.http + Jackson). Every call but {@link #health()}
 * sends the API key in the {@value #API_KEY_HEADER} header. Thread-safe; one instance per service and key.
 */
public final class CometClient {
    public static final String API_KEY_HEADER = "X-Api-Key";

    /** The service's largest page (Comet:MaxPageSize default); all-links reads page at this size. */
    public static final int PAGE_SIZE = 1000;

    private final URI baseUrl;
    private final String apiKey;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json = Json.tolerant();

    /**
     * @param baseUrl the service root, e.g. http://comet.example:8080/ (http or https)
     * @param apiKey  the key, or null for anonymous calls (only /health answers those)
     */
    public CometClient(URI baseUrl, String apiKey, Duration requestTimeout) {
        this(baseUrl, apiKey, requestTimeout, newHttpClient(HttpClient.newBuilder(), requestTimeout));
    }

    /**
     * With a shared {@link HttpClient} (Jenkins passes one built from its proxy settings). An HttpClient
     * holds a selector thread and a connection pool, so one per service call would waste both.
     */
    public CometClient(URI baseUrl, String apiKey, Duration requestTimeout, HttpClient http) {
        this.baseUrl = ServiceUrls.normalize(baseUrl);
        this.apiKey = apiKey;
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * The settings every client of the service needs, on a builder that may carry a proxy: redirects are
     * not followed, since a redirect would carry the API key header to wherever the service points.
     */
    public static HttpClient newHttpClient(HttpClient.Builder builder, Duration connectTimeout) {
        return builder.connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Health health() throws IOException, InterruptedException {
        return send("GET", "health", null, Health.class);
    }

    /** The projects this key opens (needs a key: a quick check of URL and key together). */
    public List<Project> projects() throws IOException, InterruptedException {
        return send("GET", "projects", null, new TypeReference<List<Project>>() { });
    }

    /** The project, or empty when the service has none with that id. */
    public Optional<Project> findProject(String projectId) throws IOException, InterruptedException {
        try {
            return Optional.of(send("GET", "projects/" + projectId, null, Project.class));
        } catch (CometApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Needs an admin key of that project id (or an operator key, created with --project '*'). */
    public Project createProject(CreateProjectRequest request) throws IOException, InterruptedException {
        return send("POST", "projects", request, Project.class);
    }

    public VersionInfo uploadArtifacts(String projectId, List<ArtifactUpload> artifacts) throws IOException, InterruptedException {
        return send("POST", "projects/" + projectId + "/artifacts", new UploadRequest(artifacts), VersionInfo.class);
    }

    /** The ids of a version's artifacts in one role, in the service's order, read page by page. */
    public List<String> artifactIds(String projectId, int version, Role role) throws IOException, InterruptedException {
        var ids = new ArrayList<String>();
        var roleName = role.name().toLowerCase(java.util.Locale.ROOT);
        Page<ArtifactEntry> page;
        do {
            var path = new Query("projects/" + projectId + "/artifacts").add("version", Integer.toString(version)).add("role", roleName)
                    .add("offset", Integer.toString(ids.size())).add("limit", Integer.toString(PAGE_SIZE));
            page = send("GET", path.toString(), null, json.getTypeFactory().constructParametricType(Page.class, ArtifactEntry.class));
            page.items().forEach(a -> ids.add(a.id()));
        } while (!page.items().isEmpty() && ids.size() < page.total());
        return ids;
    }

    /** Queues a run of a version (null: the latest); poll it with {@link #run}. */
    public RunInfo startRun(String projectId, Integer version) throws IOException, InterruptedException {
        return send("POST", "projects/" + projectId + "/runs", new StartRunRequest(version), RunInfo.class);
    }

    public RunInfo run(String projectId, long runId) throws IOException, InterruptedException {
        return send("GET", "projects/" + projectId + "/runs/" + runId, null, RunInfo.class);
    }

    /** Asks the service to stop a queued or running run (e.g. when the build is aborted or times out). */
    public RunInfo cancelRun(String projectId, long runId) throws IOException, InterruptedException {
        return send("POST", "projects/" + projectId + "/runs/" + runId + "/cancel", null, RunInfo.class);
    }

    public Page<Link> links(String projectId, long runId, LinkQuery query) throws IOException, InterruptedException {
        var path = new Query("projects/" + projectId + "/runs/" + runId + "/links")
                .add("source", query.source())
                .add("target", query.target())
                .add("bucket", query.bucket() == null ? null : query.bucket().wireName())
                .add("offset", Integer.toString(query.offset()))
                .add("limit", Integer.toString(query.limit()));
        return send("GET", path.toString(), null, json.getTypeFactory().constructParametricType(Page.class, Link.class));
    }

    /** Every link of a run, most probable first, read page by page. */
    public List<Link> allLinks(String projectId, long runId) throws IOException, InterruptedException {
        var all = new ArrayList<Link>();
        Page<Link> page;
        do {
            page = links(projectId, runId, LinkQuery.page(all.size(), PAGE_SIZE));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    /** Sources and targets without a probably-linked link. */
    public List<Gap> gaps(String projectId, long runId) throws IOException, InterruptedException {
        return send("GET", "projects/" + projectId + "/runs/" + runId + "/gaps", null, new TypeReference<List<Gap>>() { });
    }

    /**
     * How a run's links differ from a base run's (null base: the previous completed run). Empty when
     * the base does not exist (404) or its links were pruned (410): a build then shows no link diff.
     */
    public Optional<Diff> diff(String projectId, long runId, Long baseRunId, int limit) throws IOException, InterruptedException {
        var path = new Query("projects/" + projectId + "/runs/" + runId + "/diff")
                .add("base", baseRunId == null ? null : Long.toString(baseRunId))
                .add("limit", Integer.toString(limit));
        try {
            return Optional.of(send("GET", path.toString(), null, Diff.class));
        } catch (CometApiException e) {
            if (e.status() == 404 || e.status() == 410) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The links whose answers would teach the model most, first (the service's review queue). Empty
     * when the service predates the queue (404), so a newer plugin still works with an older service.
     */
    public List<ReviewQuestion> reviewQueue(String projectId, long runId, int count) throws IOException, InterruptedException {
        var path = new Query("projects/" + projectId + "/runs/" + runId + "/review-queue").add("count", Integer.toString(count));
        try {
            return send("GET", path.toString(), null, new TypeReference<List<ReviewQuestion>>() { });
        } catch (CometApiException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    public Explanation explanation(String projectId, long runId, String source, String target) throws IOException, InterruptedException {
        var path = new Query("projects/" + projectId + "/runs/" + runId + "/links/explanation").add("source", source).add("target", target);
        return send("GET", path.toString(), null, Explanation.class);
    }

    public Feedback addFeedback(String projectId, FeedbackRequest request) throws IOException, InterruptedException {
        return send("POST", "projects/" + projectId + "/feedback", request, Feedback.class);
    }

    /** Every answer about one link, oldest first (one page of up to {@link #PAGE_SIZE}). */
    public Page<Feedback> feedbackHistory(String projectId, String source, String target) throws IOException, InterruptedException {
        var path = new Query("projects/" + projectId + "/feedback").add("source", source).add("target", target)
                .add("limit", Integer.toString(PAGE_SIZE));
        return send("GET", path.toString(), null, json.getTypeFactory().constructParametricType(Page.class, Feedback.class));
    }

    private <T> T send(String method, String path, Object body, Class<T> type) throws IOException, InterruptedException {
        return send(method, path, body, json.constructType(type));
    }

    private <T> T send(String method, String path, Object body, TypeReference<T> type) throws IOException, InterruptedException {
        return send(method, path, body, json.constructType(type));
    }

    private <T> T send(String method, String path, Object body, JavaType type) throws IOException, InterruptedException {
        var uri = baseUrl.resolve(path);
        var request = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
        if (apiKey != null) {
            request.header(API_KEY_HEADER, apiKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }

        var what = method + " " + uri.getRawPath();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Connection refused, reset, DNS, TLS and timeouts all mean "could not ask the service".
            throw new ServiceUnreachableException(what + ": the service at " + baseUrl + " could not be reached (" + e + ")", e);
        }

        var status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return json.readValue(response.body(), type);
            } catch (JsonProcessingException e) {
                throw new IOException(what + " answered " + status + " with a body this client cannot read: " + e.getOriginalMessage(), e);
            }
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new ServiceUnreachableException(what + " answered " + status + ": the service is unavailable", null);
        }
        throw new CometApiException(what, status, readProblem(response));
    }

    // Only a JSON body is read as a problem document; anything else (a proxy's HTML page, or whatever
    // another server answers) is not parsed and not echoed.
    private Problem readProblem(HttpResponse<String> response) {
        var type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        var body = response.body();
        if (!(type.startsWith("application/problem+json") || type.startsWith("application/json")) || body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, Problem.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
