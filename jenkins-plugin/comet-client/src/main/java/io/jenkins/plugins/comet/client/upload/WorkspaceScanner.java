package io.jenkins.plugins.comet.client.upload;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a workspace and reads the files the globs select. Symbolic links are not followed (a link could
 * lead out of the workspace) and version-control folders are skipped, as Ant's default excludes do.
 * Files the service would refuse (too long, a bad id), minified bundles, source maps and licence texts
 * ({@link GeneratedFiles}) are skipped with the reason, not sent.
 */
public final class WorkspaceScanner {
    /** The service's Comet:MaxArtifactChars default. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    /** The service's Comet:MaxArtifactsPerUpload default, applied per group. */
    public static final int DEFAULT_MAX_FILES = 10_000;

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".svn", ".hg", ".bzr", "CVS");

    private final ArtifactGlobs globs;
    private final int maxChars;
    private final int maxFilesPerGroup;

    public WorkspaceScanner(ArtifactGlobs globs) {
        this(globs, DEFAULT_MAX_CHARS, DEFAULT_MAX_FILES);
    }

    public WorkspaceScanner(ArtifactGlobs globs, int maxChars, int maxFilesPerGroup) {
        this.globs = globs;
        this.maxChars = maxChars;
        this.maxFilesPerGroup = maxFilesPerGroup;
    }

    public CollectedArtifacts scan(Path workspace) throws IOException {
        var root = workspace.toAbsolutePath().normalize();
        var found = new EnumMap<ArtifactGroup, List<ArtifactFile>>(ArtifactGroup.class);
        for (var group : ArtifactGroup.values()) {
            found.put(group, new ArrayList<>());
        }
        var skipped = new ArrayList<String>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    visit(root, file, found, skipped);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (var files : found.values()) {
            files.sort(Comparator.comparing(ArtifactFile::path));
        }
        return new CollectedArtifacts(found.get(ArtifactGroup.REQUIREMENTS), found.get(ArtifactGroup.CODE),
                found.get(ArtifactGroup.TESTS), skipped);
    }

    private void visit(Path root, Path file, Map<ArtifactGroup, List<ArtifactFile>> found, List<String> skipped) throws IOException {
        var relative = root.relativize(file).toString().replace('\\', '/');
        var group = globs.groupOf(relative);
        if (group == null) {
            return;
        }
        var named = GeneratedFiles.byName(file.getFileName().toString());
        if (named != null) {
            skipped.add(relative + ": " + named);
            return;
        }
        var problem = ArtifactIds.problem(relative);
        if (problem != null) {
            skipped.add(relative + ": " + problem);
            return;
        }
        if (found.get(group).size() >= maxFilesPerGroup) {
            skipped.add(relative + ": more than " + maxFilesPerGroup + " " + group.label() + " files");
            return;
        }
        // A char never takes more than 4 bytes, so a larger file cannot be within the limit.
        if (Files.size(file) > 4L * maxChars) {
            skipped.add(relative + ": larger than " + maxChars + " characters");
            return;
        }
        var text = TextDecoding.decode(Files.readAllBytes(file));
        var generated = text == null ? null : GeneratedFiles.byContent(text);
        if (text == null) {
            skipped.add(relative + ": binary file");
        } else if (text.length() > maxChars) {
            skipped.add(relative + ": longer than " + maxChars + " characters");
        } else if (generated != null) {
            skipped.add(relative + ": " + generated);
        } else {
            found.get(group).add(new ArtifactFile(relative, text));
        }
    }
}
