package io.jenkins.plugins.comet.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadCapTest {
    private static final CollectedArtifacts SCAN = new CollectedArtifacts(
            List.of(file("req/R1.txt", 40), file("req/R2.txt", 40)),
            List.of(file("src/A.java", 30), file("src/B.java", 10)),
            List.of(file("test/T.java", 25)),
            List.of("x.bin: binary file"));

    @Test
    void apply_overTheCap_keepsRequirementsThenTestsThenCode_andListsTheRest() {
        var capped = PayloadCap.apply(SCAN, 120);
        // 40 + 40 requirements, 25 test = 105; A.java (30) no longer fits, B.java (10) still does.
        assertEquals(2, capped.requirements().size());
        assertEquals(1, capped.tests().size());
        assertEquals(List.of("src/B.java"), capped.code().stream().map(ArtifactFile::path).toList());
        assertEquals(List.of("x.bin: binary file", "src/A.java: over the 120-character limit of one build's upload"), capped.skipped());
        var total = capped.requirements().size() * 40 + 25 + 10;
        assertTrue(total <= 120);
    }

    @Test
    void apply_underTheCap_changesNothing() {
        assertEquals(SCAN, PayloadCap.apply(SCAN, PayloadCap.DEFAULT_MAX_CHARS));
    }

    @Test
    void apply_zeroCap_skipsEveryFile_negativeIsRefused() {
        var capped = PayloadCap.apply(SCAN, 0);
        assertEquals(0, capped.requirements().size() + capped.code().size() + capped.tests().size());
        assertEquals(6, capped.skipped().size());
        assertThrows(IllegalArgumentException.class, () -> PayloadCap.apply(SCAN, -1));
    }

    private static ArtifactFile file(String path, int chars) {
        return new ArtifactFile(path, "x".repeat(chars));
    }
}
