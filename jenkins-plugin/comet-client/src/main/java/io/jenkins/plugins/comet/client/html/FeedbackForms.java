package io.jenkins.plugins.comet.client.html;

/**
 * Where the page's feedback forms post, and the CSRF token the host adds (Jenkins' crumb). With
 * {@link #readOnly()} the page shows no forms, e.g. for a user without permission to answer.
 *
 * @param actionUrl  the form action, e.g. "feedback" relative to the report page
 * @param crumbField name of the hidden CSRF field, or null when the host has none
 * @param crumbValue its value
 */
public record FeedbackForms(String actionUrl, String crumbField, String crumbValue) {

    public static FeedbackForms readOnly() {
        return new FeedbackForms(null, null, null);
    }

    public boolean enabled() {
        return actionUrl != null;
    }
}
