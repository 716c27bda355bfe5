package io.jenkins.plugins.comet;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.jvnet.localizer.LocaleProvider;

/**
 * The plugin's user-facing texts from Messages.properties, in the request's language. Read through
 * ResourceBundle rather than the {@code Messages} class that the localizer Maven plugin generates,
 * because that class exists only after a Maven build and the type-check here runs without one.
 */
final class Texts {
    private static final String BUNDLE = "io.jenkins.plugins.comet.Messages";

    private Texts() {
    }

    static String get(String key, Object... args) {
        var pattern = ResourceBundle.getBundle(BUNDLE, LocaleProvider.getLocale(), Texts.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LocaleProvider.getLocale()).format(args);
    }
}
