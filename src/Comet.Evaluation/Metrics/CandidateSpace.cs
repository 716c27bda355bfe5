using Comet.Core.Similarity;
using Comet.Core.Tasks;

namespace Comet.Evaluation.Metrics;

/// <summary>
/// The pairs a run could have scored: every (source, target) combination of a task. AUC needs it to
/// place the pairs a run leaves out; the other metrics only need the gold standard.
/// </summary>
public sealed class CandidateSpace
{
    public CandidateSpace(IEnumerable<string> sourceIds, IEnumerable<string> targetIds)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentNullException.ThrowIfNull(targetIds);
        SourceIds = sourceIds.Distinct(StringComparer.Ordinal).ToArray();
        TargetIds = targetIds.Distinct(StringComparer.Ordinal).ToArray();
        Count = ((long)SourceIds.Count * TargetIds.Count) - SelfPairs.Count(SourceIds, TargetIds);
    }

    public IReadOnlyList<string> SourceIds { get; }

    public IReadOnlyList<string> TargetIds { get; }

    /// <summary>Number of candidate pairs: sources x targets without the self pairs (<see cref="SelfPairs"/>).</summary>
    public long Count { get; }

    public static CandidateSpace FromTask(TraceTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new CandidateSpace(task.Sources.Ids, task.Targets.Ids);
    }

    public static CandidateSpace FromMatrix(SimilarityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new CandidateSpace(matrix.SourceIds, matrix.TargetIds);
    }
}
