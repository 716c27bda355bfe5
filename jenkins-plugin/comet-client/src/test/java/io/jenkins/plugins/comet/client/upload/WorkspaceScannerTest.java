package io.jenkins.plugins.comet.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.support.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {
    private static final ArtifactGlobs GLOBS = ArtifactGlobs.of("requirements/**", "src/**", "tests/**, src/test/**", "**/generated/**");

    @Test
    void scan_demoWorkspace_findsEveryFileOfEachGroup() throws IOException {
        var collected = new WorkspaceScanner(GLOBS).scan(RepoPaths.demoWorkspace());
        assertEquals(22, collected.requirements().size());
        assertEquals(34, collected.code().size());
        assertEquals(12, collected.tests().size());
        assertEquals(List.of(), collected.skipped());
        assertEquals("requirements/REQ-01.txt", collected.requirements().get(0).path());
        assertTrue(collected.code().stream().allMatch(f -> f.path().startsWith("src/") && f.path().endsWith(".java")));
    }

    @Test
    void scan_fileInTwoGroups_goesToTestsBeforeCode(@TempDir Path workspace) throws IOException {
        write(workspace, "src/main/App.java", "class App {}");
        write(workspace, "src/test/AppTest.java", "class AppTest {}");
        write(workspace, "requirements/R1.txt", "The app starts.");
        var collected = new WorkspaceScanner(GLOBS).scan(workspace);
        assertEquals(List.of("src/main/App.java"), paths(collected.code()));
        assertEquals(List.of("src/test/AppTest.java"), paths(collected.tests()));
    }

    @Test
    void scan_excludesVcsFoldersAndExcludedPatterns(@TempDir Path workspace) throws IOException {
        write(workspace, "src/.git/config", "[core]");
        write(workspace, "src/generated/Gen.java", "class Gen {}");
        write(workspace, "src/Real.java", "class Real {}");
        var collected = new WorkspaceScanner(GLOBS).scan(workspace);
        assertEquals(List.of("src/Real.java"), paths(collected.code()));
    }

    @Test
    void scan_binaryAndTooLongFiles_areSkippedWithTheReason(@TempDir Path workspace) throws IOException {
        Files.createDirectories(workspace.resolve("src"));
        Files.write(workspace.resolve("src/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        write(workspace, "src/Big.java", "x".repeat(101));
        write(workspace, "src/Small.java", "class Small {}");
        var collected = new WorkspaceScanner(GLOBS, 100, 10).scan(workspace);
        assertEquals(List.of("src/Small.java"), paths(collected.code()));
        assertEquals(List.of("src/Big.java: longer than 100 characters", "src/logo.png: binary file"), collected.skipped().stream().sorted().toList());
    }

    @Test
    void scan_minifiedSourceMapsAndLicences_areSkippedWithTheReason(@TempDir Path workspace) throws IOException {
        write(workspace, "src/static/jquery.min.js", "!function(e){return e}(window);");
        write(workspace, "src/static/bootstrap.css.map", "{\"version\":3}");
        write(workspace, "src/static/app.bundle.js", "var a=function(b){return b+1};".repeat(400));
        write(workspace, "src/LICENSE", "Permission is hereby granted, free of charge.");
        write(workspace, "src/license.py", "def check_license(): pass");
        write(workspace, "src/App.js", "export const app = 1;");
        var collected = new WorkspaceScanner(GLOBS).scan(workspace);
        assertEquals(List.of("src/App.js", "src/license.py"), paths(collected.code()));
        assertEquals(List.of("src/LICENSE: licence text", "src/static/app.bundle.js: minified or generated (a line of 12000 characters)",
                "src/static/bootstrap.css.map: source map", "src/static/jquery.min.js: minified"), collected.skipped().stream().sorted().toList());
    }

    @Test
    void scan_encodings_bomAndWindows1252AreDecoded(@TempDir Path workspace) throws IOException {
        Files.createDirectories(workspace.resolve("requirements"));
        Files.write(workspace.resolve("requirements/bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'K'});
        Files.write(workspace.resolve("requirements/latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80});
        var collected = new WorkspaceScanner(GLOBS).scan(workspace);
        assertEquals("OK", collected.requirements().get(0).text());
        assertEquals("caf\u00e9 \u20ac", collected.requirements().get(1).text());
    }

    @Test
    void scan_moreFilesThanTheLimit_skipsTheRest(@TempDir Path workspace) throws IOException {
        for (var i = 0; i < 3; i++) {
            write(workspace, "requirements/R" + i + ".txt", "text " + i);
        }
        var collected = new WorkspaceScanner(GLOBS, 1000, 2).scan(workspace);
        assertEquals(2, collected.requirements().size());
        assertEquals(1, collected.skipped().size());
        assertTrue(collected.skipped().get(0).endsWith("more than 2 requirements files"));
    }

    private static void write(Path root, String relative, String text) throws IOException {
        var file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> paths(List<ArtifactFile> files) {
        return files.stream().map(ArtifactFile::path).toList();
    }
}
