package io.jenkins.plugins.comet.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.gate.Gate;
import io.jenkins.plugins.comet.client.gate.GateCondition;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.gate.GateRules;
import io.jenkins.plugins.comet.client.support.CometServer;
import io.jenkins.plugins.comet.client.support.CometServerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Errors as the build step must tell them apart: refused by the service (always fails) versus unreachable (fail-open applies). */
@ExtendWith(CometServerExtension.class)
class CometClientTest {
    @Test
    void health_withoutKey_answersOk(CometServer server) throws Exception {
        var health = server.client(null).health();
        assertEquals("ok", health.status());
        assertTrue(health.schemaVersion() >= 1);
    }

    @Test
    void findProject_unknownKey_isAnApiError401(CometServer server) {
        var error = assertThrows(CometApiException.class, () -> server.client("comet_not-a-key").findProject("client-any"));
        assertEquals(401, error.status());
        assertNotNull(error.problem());
        assertTrue(error.getMessage().contains("unknown or revoked"), error.getMessage());
    }

    @Test
    void createProject_readKeyOfThatProject_isForbidden403(CometServer server) throws Exception {
        var readKey = server.createKey("client-denied", "read");
        var error = assertThrows(CometApiException.class,
                () -> server.client(readKey).createProject(new CreateProjectRequest("client-denied", null)));
        assertEquals(403, error.status());
    }

    @Test
    void addFeedback_unknownArtifacts_isAValidationProblemNamingTheFields(CometServer server) throws Exception {
        var client = server.client();
        client.createProject(new CreateProjectRequest("client-validation", null));
        var error = assertThrows(CometApiException.class, () -> client.addFeedback("client-validation",
                new FeedbackRequest("R9", "X.java", Verdict.LIKERT, 5, "ana", null, null)));
        assertEquals(400, error.status());
        assertTrue(error.problem().errors().containsKey("source"), error.getMessage());
        assertTrue(error.problem().errors().containsKey("target"), error.getMessage());
    }

    @Test
    void findProject_closedPort_isUnreachable_andFailOpenKeepsTheBuildGreen() throws Exception {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var client = new CometClient(URI.create("http://127.0.0.1:" + port), "comet_x", Duration.ofSeconds(5));
        var error = assertThrows(IOException.class, () -> client.findProject("any"));
        assertInstanceOf(ServiceUnreachableException.class, error);
        var decision = Gate.unreachable(new GateRules(GateCondition.ANY_GAPS, GateCondition.NEVER, true), error.getMessage());
        assertEquals(GateOutcome.SUCCESS, decision.outcome());
    }

    @Test
    void serviceUrls_checkSchemeHostAndQuery() {
        assertEquals(URI.create("http://h:1/comet/"), ServiceUrls.parse("http://h:1/comet"));
        assertEquals(null, ServiceUrls.problem("https://comet.example/"));
        assertTrue(ServiceUrls.problem("ftp://h/").contains("http"));
        assertTrue(ServiceUrls.problem("http://h/?a=1").contains("query"));
        assertTrue(ServiceUrls.problem(" ").startsWith("Enter"));
    }
}
