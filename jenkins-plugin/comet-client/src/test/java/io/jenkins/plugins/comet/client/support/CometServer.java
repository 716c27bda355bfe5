package io.jenkins.plugins.comet.client.support;

import io.jenkins.plugins.comet.client.api.CometClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Comet service as a child process on 127.0.0.1 with a temporary data folder: built
 * beforehand with {@code dotnet build src/Comet.Server -c Release} (ci.sh does it). Waits are bounded;
 * {@link #close()} stops the process and deletes the folder.
 */
public final class CometServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Path dll;
    private final Path data;
    private final int port;
    private final Process process;
    private final String operatorKey;

    private CometServer(Path dll, Path data, int port, Process process, String operatorKey) {
        this.dll = dll;
        this.data = data;
        this.port = port;
        this.process = process;
        this.operatorKey = operatorKey;
    }

    public static CometServer start() throws IOException, InterruptedException {
        var dll = serverDll();
        var data = Files.createTempDirectory("comet-server-");
        var operatorKey = createKey(dll, data, "*", "admin");
        var port = freePort();
        var command = List.of(dotnet(), dll.toString(), "--urls", "http://127.0.0.1:" + port);
        var builder = new ProcessBuilder(command).directory(dll.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("Comet__DataDirectory", data.toString());
        builder.environment().put("ASPNETCORE_ENVIRONMENT", "Production");
        builder.environment().put("Logging__LogLevel__Default", "Warning");
        var server = new CometServer(dll, data, port, builder.start(), operatorKey);
        try {
            server.awaitHealthy();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A key that opens every project with admin scope (created with {@code keys create --project '*'}). */
    public String operatorKey() {
        return operatorKey;
    }

    public CometClient client() {
        return client(operatorKey);
    }

    public CometClient client(String key) {
        return new CometClient(url(), key, Duration.ofSeconds(30));
    }

    /** A new key through the service's own {@code keys create} command. */
    public String createKey(String projectId, String scope) throws IOException, InterruptedException {
        return createKey(dll, data, projectId, scope);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The Comet service exited with " + process.exitValue() + " while starting:\n" + log());
            }
            try {
                var request = HttpRequest.newBuilder(url().resolve("health")).timeout(Duration.ofSeconds(2)).build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("The Comet service did not answer /health within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }

    private String log() throws IOException {
        var log = data.resolve("server.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
    }

    private static String createKey(Path dll, Path data, String projectId, String scope) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(dotnet(), dll.toString(), "keys", "create", "--project", projectId, "--scope", scope,
                "--label", "jenkins-plugin tests", "--data", data.toString()));
        var output = data.resolve("key-" + System.nanoTime() + ".out");
        var process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("'keys create' did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s");
        }
        var key = Files.readString(output, StandardCharsets.UTF_8).trim();
        Files.delete(output);
        if (process.exitValue() != 0 || !key.startsWith("comet_")) {
            throw new IOException("'keys create' failed with " + process.exitValue() + ": " + key);
        }
        return key;
    }

    static Path serverDll() {
        var configured = System.getProperty("comet.server.dll", System.getenv("COMET_SERVER_DLL"));
        var dll = configured != null
                ? Path.of(configured)
                : RepoPaths.root().resolve("src/Comet.Server/bin/Release/net10.0/Comet.Server.dll");
        if (!Files.isRegularFile(dll)) {
            throw new IllegalStateException("The Comet service is not built: " + dll + " is missing. Run 'dotnet build src/Comet.Server -c Release'"
                    + " in the repository first (jenkins-plugin/ci.sh does), or set -Dcomet.server.dll=<path>.");
        }
        return dll.toAbsolutePath();
    }

    private static String dotnet() {
        var host = System.getenv("DOTNET_HOST_PATH");
        return host != null && !host.isBlank() ? host : "dotnet";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
