package io.jenkins.plugins.comet.client.upload;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AntGlobTest {
    @Test
    void matches_doubleStarFolder_matchesAnyDepthBelow() {
        var glob = new AntGlob("docs/req/**");
        assertTrue(glob.matches("docs/req/a.txt"));
        assertTrue(glob.matches("docs/req/x/y/b.md"));
        assertFalse(glob.matches("docs/other/a.txt"));
        assertFalse(glob.matches("docs/requirements/a.txt"));
    }

    @Test
    void matches_leadingDoubleStar_matchesZeroFoldersToo() {
        var glob = new AntGlob("**/*.java");
        assertTrue(glob.matches("A.java"));
        assertTrue(glob.matches("src/main/A.java"));
        assertFalse(glob.matches("src/main/A.javax"));
    }

    @Test
    void matches_singleStarAndQuestionMark_stayWithinOneSegment() {
        assertTrue(new AntGlob("src/*.java").matches("src/A.java"));
        assertFalse(new AntGlob("src/*.java").matches("src/a/A.java"));
        assertTrue(new AntGlob("REQ-0?.txt").matches("REQ-01.txt"));
        assertFalse(new AntGlob("REQ-0?.txt").matches("REQ-0/.txt"));
    }

    @Test
    void matches_trailingSlash_meansEverythingBelow() {
        assertTrue(new AntGlob("tests/").matches("tests/a/B.java"));
    }

    @Test
    void matches_regexCharacters_areLiteral() {
        var glob = new AntGlob("docs/(v1)+[x].txt");
        assertTrue(glob.matches("docs/(v1)+[x].txt"));
        assertFalse(glob.matches("docs/v1x.txt"));
    }

    @Test
    void constructor_patternLeavingTheWorkspace_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AntGlob("../secrets/**"));
        assertThrows(IllegalArgumentException.class, () -> new AntGlob("/etc/**"));
        assertThrows(IllegalArgumentException.class, () -> new AntGlob("  "));
    }

    @Test
    void globSet_commaSeparated_matchesAnyAndEmptyMatchesNothing() {
        var set = GlobSet.parse("src/**/*.java, src/**/*.kt");
        assertTrue(set.matches("src/a/B.kt"));
        assertTrue(set.matches("src/B.java"));
        assertFalse(set.matches("src/B.py"));
        assertTrue(GlobSet.parse("").isEmpty());
        assertFalse(GlobSet.parse(" ").matches("anything"));
    }
}
