package io.jenkins.plugins.comet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The step as Pipeline's snippet generator writes it, and back: every non-default field survives. */
@WithJenkins
class SnippetizerTest {
    @Test
    void snippet_namesTheSymbolAndTheFields_andMapsBackToTheSameStep(JenkinsRule j) throws Exception {
        var step = new CometTraceRecorder("shop");
        step.setServerUrl("https://comet.example/");
        step.setCredentialsId("comet-key");
        step.setTests("");
        step.setFailOn("anyGaps");
        step.setFailOpen(false);

        // As the snippet generator writes a SimpleBuildStep once its `step` meta-step is folded away: the
        // symbol and the arguments that differ from a new step's. (object2Groovy of the bare step object
        // would only print "<object of type ...>": it renders Steps and uninstantiated describables.)
        var snippet = Snippetizer.object2Groovy(DescribableModel.uninstantiate2_(step));
        assertTrue(snippet.startsWith("cometTrace "), snippet);
        assertTrue(snippet.contains("projectId: 'shop'"), snippet);
        assertTrue(snippet.contains("failOn: 'anyGaps'"), snippet);
        assertTrue(snippet.contains("failOpen: false"), snippet);

        // The same arguments the snippet holds, turned back into a step as a Pipeline call does.
        var model = new DescribableModel<>(CometTraceRecorder.class);
        var back = model.instantiate(model.uninstantiate2(step).toMap());
        j.assertEqualDataBoundBeans(step, back);
    }
}
