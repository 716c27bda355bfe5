using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>Everything the report says about one task: traceability per target group and, for benchmarks, the evaluation.</summary>
/// <param name="TaskId">Task id, e.g. "LibEST/req-code", or the project's name.</param>
/// <param name="SourceName">What the sources are, e.g. "requirements" (the source set's name).</param>
/// <param name="SourceCount">Number of sources.</param>
/// <param name="Groups">Traceability per target group; empty in a summary-only evaluation section.</param>
/// <param name="Runs">Evaluated runs; empty for a plain trace.</param>
/// <param name="Gold">The gold links the runs are judged by; empty without a gold standard.</param>
/// <param name="Notes">Loader diagnostics and other remarks worth a reader's attention.</param>
public sealed record TaskReport(
    string TaskId,
    string SourceName,
    int SourceCount,
    IReadOnlyList<TargetGroupReport> Groups,
    IReadOnlyList<EvaluatedRun> Runs,
    GoldStandard Gold,
    IReadOnlyList<string> Notes);
