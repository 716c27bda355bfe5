using Comet.Core.Links;

namespace Comet.Evaluation.Reference;

/// <summary>One released COMET trace model, read as a run of one task.</summary>
/// <param name="TaskId">The task it ranks, e.g. "LibEST/req-code".</param>
/// <param name="Label">Its name in tables, e.g. "COMET (original, MAP)".</param>
/// <param name="IsPrimary">Whether it is THE "COMET (original)" run of its task (one per task).</param>
/// <param name="RelativePath">Path under the reference root, '/'-separated.</param>
/// <param name="FullPath">Absolute path of the file.</param>
public sealed record ReferenceOutput(
    string TaskId,
    string Label,
    bool IsPrimary,
    string RelativePath,
    string FullPath,
    IdNormalisation SourceNormalisation,
    IdNormalisation TargetNormalisation)
{
    /// <summary>The name tables show: "COMET (original)" for the primary run, else <see cref="Label"/>.</summary>
    public string DisplayName => IsPrimary ? "COMET (original)" : Label;

    /// <summary>Reads the file with ids normalised to the task's artifact ids.</summary>
    public RankedLinks Read() => TraceModelReader.Read(FullPath, SourceNormalisation, TargetNormalisation);
}
