package io.jenkins.plugins.comet.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What of a server's error answer reaches a build log (the service URL may point anywhere a job author likes). */
class EchoTest {
    @Test
    void errorWithHtmlBody_echoesNoneOfTheBody() throws Exception {
        var error = errorFrom(418, "text/html", "<html>internal admin page: token=s3cret</html>");
        assertEquals(418, error.status());
        assertNull(error.problem());
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
        assertTrue(error.getMessage().contains("not an RFC 7807 problem document"), error.getMessage());
    }

    @Test
    void errorWithJsonThatIsNoProblem_echoesNoneOfItsFields() throws Exception {
        var error = errorFrom(409, "application/json", "{\"secret\":\"s3cret\",\"rows\":[1,2,3]}");
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
    }

    @Test
    void errorWithProblemDocument_echoesTitleAndDetailOnly() throws Exception {
        var error = errorFrom(400, "application/problem+json",
                "{\"title\":\"Bad input\",\"status\":400,\"detail\":\"see fields\",\"instance\":\"s3cret\",\"errors\":{\"source\":[\"s3cret too\"]}}");
        assertTrue(error.getMessage().endsWith("answered 400: Bad input see fields [fields: source]"), error.getMessage());
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
    }

    @Test
    void describe_longOrControlCharacters_isCutAndCleaned() {
        var problem = new Problem(null, "T\u001b[31m", 500, "d".repeat(500), Map.of("b", List.of()), null);
        var line = problem.describe();
        assertFalse(line.contains("\u001b"));
        assertTrue(line.length() < 230, line);
    }

    @Test
    void plainHttpWarning_onlyForClearTextToOtherHosts() {
        assertTrue(ServiceUrls.plainHttpWarning("http://comet.example:8080/").contains("unencrypted"));
        assertTrue(ServiceUrls.plainHttpWarning("http://10.0.0.5/").contains("10.0.0.5"));
        assertNull(ServiceUrls.plainHttpWarning("https://comet.example/"));
        assertNull(ServiceUrls.plainHttpWarning("http://127.0.0.1:5000/"));
        assertNull(ServiceUrls.plainHttpWarning("http://localhost:5000/"));
        assertNull(ServiceUrls.plainHttpWarning("http://[::1]:5000/"));
        assertNull(ServiceUrls.plainHttpWarning("ftp://x/"));
        // Looks like loopback only to a careless prefix test.
        assertTrue(ServiceUrls.plainHttpWarning("http://127.0.0.1.attacker.example/") != null);
    }

    private static CometApiException errorFrom(int status, String contentType, String body) throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            var client = new CometClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "k", Duration.ofSeconds(10));
            return assertThrows(CometApiException.class, () -> client.findProject("p"));
        } finally {
            server.stop(0);
        }
    }
}
