package io.jenkins.plugins.comet.client.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Verdict;
import org.junit.jupiter.api.Test;

class LikertAnswerTest {
    @Test
    void fromValue_oneToFive_mapsToTheScaleInOrder() {
        assertEquals(LikertAnswer.SURELY_NOT, LikertAnswer.fromValue(1));
        assertEquals(LikertAnswer.UNSURE, LikertAnswer.fromValue(3));
        assertEquals(LikertAnswer.SURELY, LikertAnswer.fromValue(5));
        assertEquals("Probably linked", LikertAnswer.fromValue(4).label());
        assertThrows(IllegalArgumentException.class, () -> LikertAnswer.fromValue(0));
        assertThrows(IllegalArgumentException.class, () -> LikertAnswer.fromValue(6));
    }

    @Test
    void suggestedFor_eachBucket_agreesWithTheService() {
        assertEquals(LikertAnswer.PROBABLY, LikertAnswer.suggestedFor(Bucket.PROBABLY_LINKED));
        assertEquals(LikertAnswer.UNSURE, LikertAnswer.suggestedFor(Bucket.UNSURE));
        assertEquals(LikertAnswer.PROBABLY_NOT, LikertAnswer.suggestedFor(Bucket.PROBABLY_NOT));
    }

    @Test
    void toRequest_answer_isVerdictLikertWithItsValue() {
        var request = LikertAnswer.SURELY_NOT.toRequest("R1", "A.java", "ana", "  wrong file ", 4L);
        assertEquals(Verdict.LIKERT, request.verdict());
        assertEquals(1, request.likert());
        assertEquals("wrong file", request.comment());
        assertEquals(4L, request.runId());
    }

    @Test
    void toRequest_blankCommentIsLeftOut_badAuthorIsRefused() {
        assertNull(LikertAnswer.SURELY.toRequest("R1", "A.java", "ana", "   ", null).comment());
        assertThrows(IllegalArgumentException.class, () -> LikertAnswer.SURELY.toRequest("R1", "A.java", " ", null, null));
        assertThrows(IllegalArgumentException.class, () -> LikertAnswer.SURELY.toRequest("R1", "A.java", "a\nb", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> LikertAnswer.SURELY.toRequest("R1", "A.java", "ana", "x".repeat(LikertAnswer.MAX_COMMENT + 1), null));
    }
}
