using Comet.Core;
using Comet.Core.Tasks;

namespace Comet.Loading.Projects;

/// <summary>
/// Turns a user's own project folders into a <see cref="TraceTask"/> with id <see cref="TaskId"/>
/// and no gold. Ids are paths relative to each folder (<c>billing/InvoiceService.java</c>), the same
/// ids the demo manifest uses. Sources take the first language, targets and tests the last
/// (eTour-style <c>["en", "it"]</c>: English documents, Italian code).
/// </summary>
public static class ProjectFolderLoader
{
    public const string TaskId = "project";

    /// <exception cref="CometInputException">A folder is missing or has no text files; a file is empty or undecodable.</exception>
    public static TraceTask Load(string sourcesDir, string targetsDir, string? testsDir, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        IReadOnlyList<string> effective = languages.Count > 0 ? languages : ["en"];
        var sources = ProjectFolderReader.Read(sourcesDir, ProjectFolderRole.Sources, effective[0]);
        var targets = ProjectFolderReader.Read(targetsDir, ProjectFolderRole.Targets, effective[^1]);
        var tests = testsDir is null ? null : ProjectFolderReader.Read(testsDir, ProjectFolderRole.Tests, effective[^1]);
        return new TraceTask
        {
            Id = TaskId,
            Sources = sources,
            Targets = targets,
            Intermediates = tests is null ? [] : [tests],
            Languages = effective,
        };
    }
}
