package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.util.FormValidation;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class CometGlobalConfigurationTest {
    @Test
    void configPage_savedUrl_isKeptAcrossSaves(JenkinsRule j) throws Exception {
        var page = j.createWebClient().goTo("manage/configure");
        HtmlForm form = page.getFormByName("config");
        HtmlTextInput url = form.getInputByName("_.serverUrl");
        url.setText("http://comet.example:8080/");
        j.submit(form);

        assertEquals("http://comet.example:8080/", CometGlobalConfiguration.get().getServerUrl());
    }

    @Test
    void doCheckServerUrl_blankIsOptional_badSchemeIsAnError(JenkinsRule j) {
        var configuration = CometGlobalConfiguration.get();
        assertEquals(FormValidation.Kind.OK, configuration.doCheckServerUrl("").kind);
        assertEquals(FormValidation.Kind.ERROR, configuration.doCheckServerUrl("ftp://comet/").kind);
    }
}
