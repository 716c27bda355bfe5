package io.jenkins.plugins.comet.client.access;

import io.jenkins.plugins.comet.client.api.ServiceUrls;

/**
 * Which service URL a build talks to and which credential's key it sends there.
 *
 * <p>The rule: the global configuration's key belongs to the global configuration's URL. A step that
 * names its own URL gets the global key only when that URL is the global one; otherwise it must name
 * its own credential. Without this, anyone who may configure a job could point the step at a server of
 * theirs and receive the administrator's key. A credential the step names itself is checked at
 * lookup time against the URL by the Credentials plugin's domains.
 *
 * @param url           the service URL to use
 * @param credentialsId the credential to send there (never blank)
 * @param globalKey     whether it is the global configuration's credential
 */
public record ServiceChoice(String url, String credentialsId, boolean globalKey) {

    /**
     * @throws IllegalArgumentException with a message for the build log when no URL or no usable credential is configured
     */
    public static ServiceChoice resolve(String stepUrl, String stepCredentialsId, String globalUrl, String globalCredentialsId) {
        var ownUrl = !isBlank(stepUrl);
        var url = ownUrl ? stepUrl.trim() : trimmed(globalUrl);
        var problem = ServiceUrls.problem(url);
        if (problem != null) {
            throw new IllegalArgumentException(ownUrl || !url.isEmpty() ? problem
                    : "no service URL: set one in the step or in Manage Jenkins > System > Comet traceability");
        }
        if (!isBlank(stepCredentialsId)) {
            return new ServiceChoice(url, stepCredentialsId.trim(), false);
        }
        if (isBlank(globalCredentialsId)) {
            throw new IllegalArgumentException("no API key credential: name one in the step or in the global configuration");
        }
        if (ownUrl && !ServiceUrls.sameService(url, trimmed(globalUrl))) {
            throw new IllegalArgumentException("the step names its own service URL (" + url + ") but no credential; the global"
                    + " API key is only sent to the global service URL, so name a credential for this URL in the step");
        }
        return new ServiceChoice(url, globalCredentialsId.trim(), true);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
