using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Evaluation.Metrics;

/// <summary>
/// A run in rank order (<see cref="LinkOrder"/>) with every pair marked relevant or not, and the gold
/// and candidate counts the metrics need. Building it costs one pass with hash lookups; every metric
/// is then a single pass over plain arrays, so one judged run serves all metrics. Immutable.
/// </summary>
public sealed class JudgedRun
{
    private readonly double[] _scores;
    private readonly bool[] _relevant;
    private readonly int[] _sourceOf;
    private readonly int[] _goldBySource;

    internal JudgedRun(double[] scores, bool[] relevant, int[] sourceOf, int[] goldBySource, int goldCount, long candidateCount, int candidateGoldCount)
    {
        _scores = scores;
        _relevant = relevant;
        _sourceOf = sourceOf;
        _goldBySource = goldBySource;
        GoldCount = goldCount;
        CandidateCount = candidateCount;
        CandidateGoldCount = candidateGoldCount;
        RankedGoldCount = relevant.Count(r => r);
        LinkedSourceCount = goldBySource.Count(g => g > 0);
    }

    /// <summary>Number of ranked pairs.</summary>
    public int Count => _scores.Length;

    /// <summary>Unique gold links, ranked or not (the AP and recall denominator).</summary>
    public int GoldCount { get; }

    /// <summary>Gold links the run ranks.</summary>
    public int RankedGoldCount { get; }

    /// <summary>Sources with at least one gold link (the sources MAP and P@k/R@k average over).</summary>
    public int LinkedSourceCount { get; }

    /// <summary>Candidate pairs, ranked or not (the AUC population).</summary>
    public long CandidateCount { get; }

    /// <summary>Gold links that are candidate pairs (the AUC positives).</summary>
    public int CandidateGoldCount { get; }

    /// <summary>Scores in rank order.</summary>
    internal ReadOnlySpan<double> Scores => _scores;

    /// <summary>Each ranked pair's score and whether it is a gold link, in rank order (for calibration tables).</summary>
    public IEnumerable<(double Score, bool IsLink)> Labelled() => _scores.Zip(_relevant);

    /// <summary>Whether the pair at each rank is a gold link.</summary>
    internal ReadOnlySpan<bool> Relevant => _relevant;

    /// <summary>Dense source index of the pair at each rank.</summary>
    internal ReadOnlySpan<int> SourceOf => _sourceOf;

    /// <summary>Gold link count per dense source index; covers gold sources the run never ranks.</summary>
    internal ReadOnlySpan<int> GoldBySource => _goldBySource;

    /// <summary>
    /// Judges a ranked run. Without <paramref name="candidates"/>, the candidate space is every source
    /// the run ranks times every target it ranks. Throws <see cref="ArgumentException"/> when the run
    /// ranks a pair twice or ranks a pair outside the given candidate space.
    /// </summary>
    public static JudgedRun Create(RankedLinks run, GoldStandard gold, CandidateSpace? candidates = null) =>
        RankedLinksJudge.Judge(run, gold, candidates);

    /// <summary>
    /// Judges every cell of a matrix, ranked by <see cref="LinkOrder"/>, without materialising
    /// <see cref="ScoredLink"/>s; the candidate space is the matrix's sources x targets.
    /// </summary>
    public static JudgedRun Create(SimilarityMatrix matrix, GoldStandard gold) => MatrixJudge.Judge(matrix, gold);
}
