using Comet.Evaluation.Metrics;

namespace Comet.Evaluation.Oracle;

/// <summary>
/// One run of one task as the held-out oracle reads it: every candidate pair in the run's global order
/// (best first), each given by its source's index and whether the gold links it, and each source's own
/// average precision (NaN for a source without gold links).
/// </summary>
public sealed record OracleRun(string Name, int[] PairSources, bool[] PairRelevant, double[] SourceAp)
{
    /// <summary>
    /// A run from its pairs in global order, each with its source index and relevance, and each source's
    /// candidates in that source's own order (relevance flags); <paramref name="sourceGold"/> holds the
    /// gold links per source, misses included (a gold link the run never ranks lowers that source's AP).
    /// </summary>
    public static OracleRun Create(string name, IReadOnlyList<(int Source, bool Relevant)> globalOrder, IReadOnlyList<bool[]> perSourceOrder, int[] sourceGold)
    {
        ArgumentNullException.ThrowIfNull(globalOrder);
        ArgumentNullException.ThrowIfNull(perSourceOrder);
        ArgumentNullException.ThrowIfNull(sourceGold);
        if (perSourceOrder.Count != sourceGold.Length)
        {
            throw new ArgumentException($"{perSourceOrder.Count} sources' rankings for {sourceGold.Length} sources' gold counts", nameof(perSourceOrder));
        }

        var ap = new double[sourceGold.Length];
        for (var s = 0; s < ap.Length; s++)
        {
            ap[s] = AveragePrecision.Of(perSourceOrder[s], sourceGold[s]);
        }

        return new OracleRun(name, globalOrder.Select(p => p.Source).ToArray(), globalOrder.Select(p => p.Relevant).ToArray(), ap);
    }
}

/// <summary>One task: its single-measure runs (the candidates the oracle picks from), the model's run, and the gold count of each source.</summary>
public sealed record OracleTask(string Name, IReadOnlyList<OracleRun> Measures, OracleRun Model, int[] SourceGold);
