package io.jenkins.plugins.comet.client.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalizes the service URL that people type into Jenkins. */
public final class ServiceUrls {
    private ServiceUrls() {
    }

    /** Null when the text is a usable http(s) URL without query or fragment, else the reason. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the URL of the Comet service, e.g. http://comet.example:8080/";
        }
        try {
            normalize(new URI(text.trim()));
            return null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static URI parse(String text) {
        var problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return normalize(URI.create(text.trim()));
    }

    /**
     * A warning when the URL sends the API key in clear text over a network: http:// to a host that is
     * not the loopback interface. Null for https://, for loopback hosts, and for unusable URLs (those
     * get {@link #problem} instead). Looks only at the text: resolving the name here would let anyone
     * who can open a form make Jenkins send DNS queries.
     */
    public static String plainHttpWarning(String text) {
        if (problem(text) != null) {
            return null;
        }
        var url = URI.create(text.trim());
        if (!"http".equalsIgnoreCase(url.getScheme()) || isLoopback(url.getHost())) {
            return null;
        }
        return "http:// sends the API key unencrypted to " + url.getHost() + "; use https:// unless the network is trusted";
    }

    static boolean isLoopback(String host) {
        var h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The same service? Compares the normalized forms, so "http://h:8080" equals "HTTP://h:8080/". */
    public static boolean sameService(String a, String b) {
        if (problem(a) != null || problem(b) != null) {
            return false;
        }
        return lower(parse(a)).equals(lower(parse(b)));
    }

    private static URI lower(URI url) {
        var port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port
                + url.getRawPath());
    }

    /** The URL with a trailing slash, so that relative paths resolve below it (http://h/comet + "health" -> http://h/comet/health). */
    static URI normalize(URI url) {
        var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The service URL must start with http:// or https://: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("The service URL has no host: " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("The service URL must not have a query or fragment: " + url);
        }
        var text = url.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }
}
