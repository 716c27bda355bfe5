package io.jenkins.plugins.comet.client.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.api.RunInfo;
import io.jenkins.plugins.comet.client.api.RunStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the build log says when the step stops waiting: where the run was, and for encoding that the work is kept. */
class RunPollerTimeoutTest {
    private static RunInfo running(String stage) {
        return new RunInfo(7, "shop", 3, RunStatus.RUNNING, stage, 0.4, null, null, null, null, null, null, false, false);
    }

    @Test
    void timedOut_whileEncoding_saysTheEncodedFilesAreKept() {
        var message = RunPoller.timedOut(running("encoding chunks 1,072 / 2,743, about 2 min left"), Duration.ofMinutes(10));

        assertTrue(message.startsWith("run 7 of shop did not finish within 600 s; it was cancelled at 'encoding chunks 1,072 / 2,743, about 2 min left'."), message);
        assertTrue(message.contains("kept in the service's cache: the next build goes on from there"), message);
    }

    @Test
    void timedOut_inAnotherStage_namesItWithoutTheCacheHint() {
        var message = RunPoller.timedOut(running("model hbn"), Duration.ofSeconds(90));

        assertEquals("run 7 of shop did not finish within 90 s; it was cancelled at 'model hbn'", message);
    }

    @Test
    void timedOut_beforeAnyStage_isThePlainMessage() {
        assertEquals("run 7 of shop did not finish within 90 s; it was cancelled", RunPoller.timedOut(running(null), Duration.ofSeconds(90)));
    }
}
