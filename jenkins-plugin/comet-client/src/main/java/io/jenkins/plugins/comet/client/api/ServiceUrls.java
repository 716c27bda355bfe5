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
