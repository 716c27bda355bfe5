package io.jenkins.plugins.comet.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.jenkins.plugins.comet.client.feedback.LikertAnswer;
import io.jenkins.plugins.comet.client.support.RepoPaths;
import io.jenkins.plugins.comet.client.trace.TraceView;
import io.jenkins.plugins.comet.client.upload.ArtifactFile;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client against the example JSON in jenkins-plugin/contract, which the service's tests check too:
 * every response file must be read with no unknown and no missing field, and written back unchanged;
 * every request the client builds must equal its file.
 */
class ContractExamplesTest {
    private static final ObjectMapper STRICT = Json.strict();
    private static final ObjectMapper SENT = Json.tolerant(); // as CometClient writes requests

    @ParameterizedTest
    @CsvSource({
        "health.json, Health", "project.json, Project", "version.json, VersionInfo", "run-queued.json, RunInfo",
        "run-completed.json, RunInfo", "gaps.json, Gap[]", "diff.json, Diff", "explanation.json, Explanation",
        "feedback.json, Feedback", "links-page.json, Page<Link>",
    })
    void responseExample_readStrictly_roundTripsUnchanged(String file, String type) throws IOException {
        var expected = STRICT.readTree(RepoPaths.contract(file).toFile());
        var parsed = STRICT.readValue(RepoPaths.contract(file).toFile(), javaType(type));
        var written = STRICT.valueToTree(parsed);
        assertTrue(expected.equals(JsonNodes.NUMBERS_BY_VALUE, written), file + " changed on the way through the client:\n" + written);
    }

    /** Problem documents leave fields out (detail, errors), so they are read without the missing-field check. */
    @ParameterizedTest
    @CsvSource({"problem.json", "validation-problem.json"})
    void problemExample_readWithoutUnknownFields_roundTripsUnchanged(String file) throws IOException {
        var mapper = Json.strict().configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        var problem = mapper.readValue(RepoPaths.contract(file).toFile(), Problem.class);
        assertEquals(example(file), mapper.valueToTree(problem));
        assertTrue(problem.describe().startsWith(problem.title()), problem.describe());
    }

    @Test
    void feedbackRequest_builtFromALikertAnswer_equalsTheExample() throws IOException {
        var request = LikertAnswer.SURELY.toRequest("requirements/REQ-01.txt", "src/member/MemberService.java", "ana", "yes", 1L);
        assertSameJson(example("feedback-request.json"), SENT.valueToTree(request));
    }

    @Test
    void createProjectAndStartRunRequests_equalTheExamples() throws IOException {
        assertSameJson(example("create-project-request.json"), SENT.valueToTree(new CreateProjectRequest("demo", "Demo")));
        assertSameJson(example("start-run-request.json"), SENT.valueToTree(new StartRunRequest(1)));
    }

    @Test
    void uploadRequest_builtByTheRequirementsToCodeView_equalsTheExample() throws IOException {
        var example = STRICT.treeToValue(example("upload-request.json"), UploadRequest.class);
        var texts = example.artifacts().stream().map(a -> new ArtifactFile(a.path(), a.text())).toList();
        var collected = new CollectedArtifacts(List.of(texts.get(0)), List.of(texts.get(1)), List.of(texts.get(2)), List.of());
        var built = new UploadRequest(TraceView.REQUIREMENTS_TO_CODE.uploads(collected));
        assertSameJson(example("upload-request.json"), SENT.valueToTree(built));
    }

    private static void assertSameJson(JsonNode expected, JsonNode actual) {
        assertTrue(expected.equals(JsonNodes.NUMBERS_BY_VALUE, actual), "expected " + expected + "\nbut the client sends " + actual);
    }

    private static JsonNode example(String file) throws IOException {
        return STRICT.readTree(RepoPaths.contract(file).toFile());
    }

    private static JavaType javaType(String name) {
        var types = TypeFactory.defaultInstance();
        return switch (name) {
            case "Gap[]" -> types.constructCollectionType(List.class, Gap.class);
            case "Page<Link>" -> types.constructParametricType(Page.class, Link.class);
            default -> {
                try {
                    yield types.constructType(Class.forName("io.jenkins.plugins.comet.client.api." + name));
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException(name, e);
                }
            }
        };
    }
}
