package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.comet.client.access.FormAccess;
import java.util.concurrent.Callable;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.springframework.security.access.AccessDeniedException;

/**
 * The form web methods' permission checks (the rule itself is comet-client's FormAccess): Item/Configure
 * in a job, Overall/Administer outside one, Overall/Read for the fixed gate lists, and POST only.
 */
@WithJenkins
class FormPermissionsTest {
    @Test
    void jobForms_answerOnlyPeopleWhoMayConfigureTheJob(JenkinsRule j) throws Exception {
        var job = setUp(j);
        var descriptor = j.jenkins.getDescriptorByType(CometTraceRecorder.DescriptorImpl.class);

        assertEquals(FormValidation.Kind.ERROR, as("dev", () -> descriptor.doCheckProjectId(job, "Shop API")).kind);
        // A reader learns nothing from a check: it answers OK whatever the value.
        assertEquals(FormValidation.Kind.OK, as("reader", () -> descriptor.doCheckProjectId(job, "Shop API")).kind);
        assertEquals(FormValidation.Kind.OK, as("reader", () -> descriptor.doCheckSources(job, "../outside/**")).kind);

        assertTrue(values(as("dev", () -> descriptor.doFillCredentialsIdItems(job, "", ""))).contains("comet-key"));
        assertTrue(!values(as("reader", () -> descriptor.doFillCredentialsIdItems(job, "", ""))).contains("comet-key"));
    }

    @Test
    void rule_mapsToJenkinsPermissions(JenkinsRule j) {
        assertEquals(Item.CONFIGURE, FormPermissions.permission(FormAccess.ITEM_CONFIGURE));
        assertEquals(Jenkins.ADMINISTER, FormPermissions.permission(FormAccess.ADMINISTER));
        assertEquals(Jenkins.READ, FormPermissions.permission(FormAccess.READ));
    }

    @Test
    void globalForms_needAdminister(JenkinsRule j) throws Exception {
        setUp(j);
        var global = CometGlobalConfiguration.get();
        assertEquals(FormValidation.Kind.ERROR, as("admin", () -> global.doCheckServerUrl("ftp://comet/")).kind);
        assertEquals(FormValidation.Kind.OK, as("dev", () -> global.doCheckServerUrl("ftp://comet/")).kind);
        assertTrue(values(as("admin", () -> global.doFillCredentialsIdItems("", ""))).contains("comet-key"));
        assertTrue(!values(as("dev", () -> global.doFillCredentialsIdItems("", ""))).contains("comet-key"));
        assertThrows(AccessDeniedException.class, () -> as("dev", () -> global.doTestConnection("http://127.0.0.1:9/", "comet-key")));
    }

    @Test
    void fixedGateLists_needOverallRead(JenkinsRule j) throws Exception {
        setUp(j);
        var descriptor = j.jenkins.getDescriptorByType(CometTraceRecorder.DescriptorImpl.class);
        assertEquals(4, as("reader", descriptor::doFillFailOnItems).size());
        assertThrows(AccessDeniedException.class, () -> as("stranger", descriptor::doFillUnstableOnItems));
    }

    @Test
    void webMethods_areNotReachableByGet(JenkinsRule j) throws Exception {
        setUp(j);
        var web = j.createWebClient().login("admin");
        web.setThrowExceptionOnFailingStatusCode(false);
        for (var method : new String[] {"checkProjectId?value=x", "checkServerUrl?value=x", "fillFailOnItems", "fillCredentialsIdItems"}) {
            var page = web.goTo("descriptorByName/io.jenkins.plugins.comet.CometTraceRecorder/" + method, null);
            // @POST is a routing rule (Stapler's HttpVerbInterceptor cancels the dispatch), so a GET finds
            // no method at all: 404, unlike @RequirePOST's 405.
            assertEquals(404, page.getWebResponse().getStatusCode(), method);
        }
    }

    private static FreeStyleProject setUp(JenkinsRule j) throws Exception {
        var job = j.createFreeStyleProject("job");
        CometTraceRecorderTest.addKey("comet-key", "comet_unused");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ, Item.READ).everywhere().to("dev", "reader")
                .grant(Item.CONFIGURE).onItems(job).to("dev"));
        return job;
    }

    private static <T> T as(String user, Callable<T> call) throws Exception {
        try (var ignored = ACL.as2(User.getById(user, true).impersonate2())) {
            return call.call();
        }
    }

    private static java.util.List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
