package io.jenkins.plugins.comet.client.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A relative path with query parameters; null values are left out, values are percent-encoded. */
final class Query {
    private final StringBuilder text;
    private boolean first = true;

    Query(String path) {
        text = new StringBuilder(path);
    }

    Query add(String name, String value) {
        if (value != null) {
            text.append(first ? '?' : '&').append(name).append('=')
                    // URLEncoder writes a space as '+', which ASP.NET decodes back in a query string; %20 is safer everywhere.
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            first = false;
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
