package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.domains.DomainSpecification;
import com.cloudbees.plugins.credentials.domains.HostnameSpecification;
import hudson.model.Result;
import hudson.util.Secret;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Which key goes to which URL: credential domains at lookup, the global key only to the global URL, GLOBAL scope only. */
@WithJenkins
class CredentialRulesTest {
    @Test
    void keyInADomainForAnotherHost_isNotSentToThisUrl(JenkinsRule j) throws Exception {
        var store = CredentialsProvider.lookupStores(Jenkins.get()).iterator().next();
        var onlyCometExample = new Domain("comet", "keys for comet.example only",
                List.<DomainSpecification>of(new HostnameSpecification("comet.example", null)));
        store.addDomain(onlyCometExample, new StringCredentialsImpl(CredentialsScope.GLOBAL, "comet-key", "key", Secret.fromString("k")));

        // The pipeline's step names 127.0.0.1, which the domain does not cover.
        var build = j.buildAndAssertStatus(Result.FAILURE, CometTraceRecorderTest.pipeline(j, "http://127.0.0.1:9/", "true"));
        j.assertLogContains("no 'Secret text' credential with id 'comet-key' is visible to this build", build);
    }

    @Test
    void stepWithOwnUrlButNoCredential_doesNotGetTheGlobalKey(JenkinsRule j) throws Exception {
        CometTraceRecorderTest.addKey("admin-key", "the-administrators-secret");
        var global = CometGlobalConfiguration.get();
        global.setServerUrl("https://comet.example/");
        global.setCredentialsId("admin-key");
        var job = j.createProject(org.jenkinsci.plugins.workflow.job.WorkflowJob.class, "own-url");
        job.setDefinition(new org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition("""
                node {
                  writeFile file: 'docs/req/R1.txt', text: 'x'
                  cometTrace projectId: 'p', serverUrl: 'http://127.0.0.1:9/', requirements: 'docs/req/**', sources: '**/*.java'
                }
                """, true));

        var build = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("name a credential for this URL in the step", build);
        // The step tracks the credential it uses (CredentialsProvider.track); the admin key must not be among them.
        var adminKey = CredentialsProvider.lookupCredentialsInItemGroup(StringCredentialsImpl.class, Jenkins.get(), null, List.of())
                .stream().filter(c -> c.getId().equals("admin-key")).findFirst().orElseThrow();
        var fingerprint = CredentialsProvider.getFingerprintOf(adminKey);
        assertTrue(fingerprint == null || !fingerprint.getJobs().contains(build.getParent().getFullName()),
                "the admin key was not used by the build");
    }

    @Test
    void globalDropDown_offersGlobalKeysOnly(JenkinsRule j) throws Exception {
        var store = CredentialsProvider.lookupStores(Jenkins.get()).iterator().next();
        store.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.GLOBAL, "for-builds", "g", Secret.fromString("g")));
        store.addCredentials(Domain.global(), new StringCredentialsImpl(CredentialsScope.SYSTEM, "system-only", "s", Secret.fromString("s")));

        var ids = CometGlobalConfiguration.get().doFillCredentialsIdItems("", "").stream().map(o -> o.value).toList();

        assertTrue(ids.contains("for-builds"), ids.toString());
        assertFalse(ids.contains("system-only"), ids.toString());
    }
}
