using Comet.Core.Artifacts;
using Comet.Core.Links;

namespace Comet.Core.Tasks;

/// <summary>
/// One tracing problem: rank every (source, target) pair. Benchmarks add a gold standard; a
/// user's project has none (<see cref="GoldStandard.Empty"/>).
/// </summary>
public sealed class TraceTask
{
    public required string Id { get; init; }

    public required ArtifactSet Sources { get; init; }

    public required ArtifactSet Targets { get; init; }

    public GoldStandard Gold { get; init; } = GoldStandard.Empty;

    /// <summary>
    /// Artifacts between sources and targets (e.g. test cases between requirements and code), used as
    /// transitive evidence, never as gold.
    /// </summary>
    public IReadOnlyList<ArtifactSet> Intermediates { get; init; } = [];

    /// <summary>
    /// Links a real project would already keep, by name (e.g. "execution-traces": test -> source file).
    /// These are evidence, not the gold being evaluated.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TraceLink>> KnownLinks { get; init; } =
        new Dictionary<string, IReadOnlyList<TraceLink>>();

    /// <summary>Natural languages of the task's text, first one primary ("en", "it").</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>What loading had to repair, skip or report.</summary>
    public LoadDiagnostics Diagnostics { get; init; } = LoadDiagnostics.None;

    public int CandidateCount => Sources.Count * Targets.Count;
}
