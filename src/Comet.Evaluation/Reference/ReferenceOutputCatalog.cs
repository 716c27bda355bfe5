using Comet.Core;

namespace Comet.Evaluation.Reference;

/// <summary>
/// The released COMET outputs, as configured in datasets/reference-outputs.json (copied next to the
/// binaries). Validated on load: labels are unique within a task and each task has exactly one
/// primary run (mistakes in the catalog itself fail). A listed file that is missing on this machine
/// removes only its own run (see <see cref="MissingFiles"/>), not every COMET row. Immutable.
/// </summary>
public sealed class ReferenceOutputCatalog
{
    private ReferenceOutputCatalog(IReadOnlyList<ReferenceOutput> entries, IReadOnlyList<ReferenceOutput> missing)
    {
        Entries = entries;
        MissingFiles = missing;
    }

    /// <summary>The catalog shipped with this assembly.</summary>
    public static string DefaultCatalogPath => Path.Combine(AppContext.BaseDirectory, "reference-outputs.json");

    /// <summary>The runs whose files exist.</summary>
    public IReadOnlyList<ReferenceOutput> Entries { get; }

    /// <summary>Listed runs whose files are not on this machine; left out of <see cref="Entries"/>.</summary>
    public IReadOnlyList<ReferenceOutput> MissingFiles { get; }

    public IEnumerable<string> TaskIds => Entries.Select(e => e.TaskId).Distinct(StringComparer.Ordinal);

    /// <param name="referenceRoot">The reference-outputs folder (see <see cref="ReferenceRoot"/>).</param>
    /// <param name="catalogPath">The JSON catalog; null = <see cref="DefaultCatalogPath"/>.</param>
    public static ReferenceOutputCatalog Load(string referenceRoot, string? catalogPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceRoot);
        catalogPath ??= DefaultCatalogPath;
        if (!File.Exists(catalogPath))
        {
            throw new CometInputException($"Reference output catalog not found: {catalogPath}");
        }

        var entries = ReferenceCatalogParser.Parse(File.ReadAllText(catalogPath), catalogPath, referenceRoot);
        Validate(entries, catalogPath);
        return new ReferenceOutputCatalog([.. entries.Where(e => File.Exists(e.FullPath))], [.. entries.Where(e => !File.Exists(e.FullPath))]);
    }

    public IEnumerable<ReferenceOutput> ForTask(string taskId) =>
        Entries.Where(e => string.Equals(e.TaskId, taskId, StringComparison.Ordinal));

    /// <summary>THE "COMET (original)" run of a task, or null when the task has no released output (or its file is missing).</summary>
    public ReferenceOutput? PrimaryFor(string taskId) => ForTask(taskId).FirstOrDefault(e => e.IsPrimary);

    private static void Validate(IReadOnlyList<ReferenceOutput> entries, string catalogPath)
    {
        foreach (var task in entries.GroupBy(e => e.TaskId, StringComparer.Ordinal))
        {
            var primaries = task.Count(e => e.IsPrimary);
            if (primaries != 1)
            {
                throw new CometInputException($"{catalogPath}: task '{task.Key}' has {primaries} primary runs; exactly one is required.");
            }

            var duplicate = task.GroupBy(e => e.Label, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CometInputException($"{catalogPath}: task '{task.Key}' uses the label '{duplicate.Key}' twice.");
            }
        }

        var file = entries.GroupBy(e => e.FullPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (file is not null)
        {
            throw new CometInputException($"{catalogPath}: '{file.First().RelativePath}' is listed twice.");
        }
    }
}
