package io.jenkins.plugins.comet.client.html;

import java.util.Locale;

/**
 * A small builder of well-formed XHTML-style markup (void elements self-closed), so that tests can parse
 * the page with an XML parser. Every text and attribute value passes through {@link #escape}.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters other than tab/newline are not allowed in XML 1.0; artifact ids cannot have them anyway.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    /** Opens an element; attributes come as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(" />");
        return this;
    }

    /** An element with text content only. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup this package wrote itself (never text from the service or the workspace). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (var i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }
}
