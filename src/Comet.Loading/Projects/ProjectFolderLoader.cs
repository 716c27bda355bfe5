using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Loading.Files.Walking;

namespace Comet.Loading.Projects;

/// <summary>A project loaded from its folders, with every file the walk left out and why.</summary>
public sealed record ProjectLoad(TraceTask Task, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>The files read as the requirements (or design items) they hold, not as one document each.</summary>
    public IReadOnlyList<ItemDocument> ItemDocuments { get; init; } = [];
}

/// <summary>
/// Turns a user's own project folders into a <see cref="TraceTask"/> with id <see cref="TaskId"/>
/// and no gold. Ids are paths relative to each folder (<c>billing/InvoiceService.java</c>), the same
/// ids the demo manifest uses. Sources take the first language, targets and tests the last
/// (eTour-style <c>["en", "it"]</c>: English documents, Italian code).
/// </summary>
public static class ProjectFolderLoader
{
    public const string TaskId = "project";

    /// <exception cref="CometInputException">A folder is missing or has no text file.</exception>
    public static TraceTask Load(string sourcesDir, string targetsDir, string? testsDir, IReadOnlyList<string> languages) =>
        LoadWithSkips(sourcesDir, targetsDir, testsDir, languages, WalkOptions.Default).Task;

    /// <param name="filesRead">Called after each file read: the folder's role, how many of its files are read, and of how many.</param>
    /// <exception cref="CometInputException">A folder is missing or has no text file.</exception>
    public static ProjectLoad LoadWithSkips(
        string sourcesDir, string targetsDir, string? testsDir, IReadOnlyList<string> languages, WalkOptions options, Action<ProjectFolderRole, int, int>? filesRead = null) =>
        LoadWithSkips(sourcesDir, targetsDir, testsDir, languages, new ProjectWalk { Common = options }, filesRead);

    /// <param name="walk">The globs of every folder, and each folder's own include globs.</param>
    /// <param name="filesRead">Called after each file read: the folder's role, how many of its files are read, and of how many.</param>
    /// <exception cref="CometInputException">A folder is missing or has no text file.</exception>
    public static ProjectLoad LoadWithSkips(
        string sourcesDir, string targetsDir, string? testsDir, IReadOnlyList<string> languages, ProjectWalk walk, Action<ProjectFolderRole, int, int>? filesRead = null)
    {
        ArgumentNullException.ThrowIfNull(languages);
        IReadOnlyList<string> effective = languages.Count > 0 ? languages : ["en"];
        var skipped = new List<SkippedFile>();
        var documents = new List<ItemDocument>();
        var sources = Read(sourcesDir, ProjectFolderRole.Sources, effective[0]);
        var targets = Read(targetsDir, ProjectFolderRole.Targets, effective[^1]);
        var tests = testsDir is null ? null : Read(testsDir, ProjectFolderRole.Tests, effective[^1]);
        var task = new TraceTask
        {
            Id = TaskId,
            Sources = sources,
            Targets = targets,
            Intermediates = tests is null ? [] : [tests],
            Languages = effective,
        };
        return new ProjectLoad(task, skipped) { ItemDocuments = documents };

        ArtifactSet Read(string dir, ProjectFolderRole role, string language) =>
            ProjectFolderReader.Read(dir, role, language, walk, skipped, filesRead is null ? null : (done, total) => filesRead(role, done, total), documents);
    }
}
