package io.jenkins.plugins.comet;

import hudson.ProxyConfiguration;
import io.jenkins.plugins.comet.client.api.CometClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import jenkins.model.Jenkins;

/**
 * The one HttpClient the plugin talks to Comet services with, built from Jenkins' proxy settings
 * (Manage Jenkins > System > HTTP Proxy). Rebuilt only when those settings change: an HttpClient owns a
 * selector thread and a connection pool, so one per call would leak both under load.
 */
final class ServiceHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private static HttpClient client;
    private static int proxyFingerprint;

    private ServiceHttp() {
    }

    static synchronized HttpClient client() {
        var fingerprint = fingerprint(Jenkins.get().proxy);
        if (client == null || fingerprint != proxyFingerprint) {
            client = CometClient.newHttpClient(ProxyConfiguration.newHttpClientBuilder(), CONNECT_TIMEOUT);
            proxyFingerprint = fingerprint;
        }
        return client;
    }

    // The proxy object may be edited in place, so compare its settings, not its identity.
    private static int fingerprint(ProxyConfiguration proxy) {
        return proxy == null ? 0
                : Objects.hash(proxy.getName(), proxy.getPort(), proxy.getNoProxyHost(), proxy.getUserName(), proxy.getEncryptedPassword());
    }
}
