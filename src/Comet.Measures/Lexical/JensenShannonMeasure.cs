using Comet.Core.Similarity;

namespace Comet.Measures.Lexical;

/// <summary>
/// Jensen-Shannon similarity 1 - JSD(P, Q) with base-2 logarithms (so it lies in [0, 1]), where P and Q
/// are the term distributions (counts / total) of a source and a target. An empty artifact scores 0.
/// </summary>
/// <remarks>
/// With M = (P + Q) / 2, a term found in only one document contributes p/2 (or q/2) to the divergence,
/// so 1 - JSD reduces to a sum over shared terms:
/// sum over t in both of (p + q)/2 - (p/2) log2(2p / (p + q)) - (q/2) log2(2q / (p + q)).
/// That keeps the cost proportional to the target's terms, like the VSM measure. COMET used natural
/// logarithms; log2 follows the independent baseline of docs/evaluation.md and only rescales the score.
/// </remarks>
public sealed class JensenShannonMeasure : ISimilarityMeasure
{
    public string Name => "js";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.Corpus;
        return ScatteredSourceRows.Score(context, Distribution, (source, j) => Similarity(source, corpus.Targets[j]));
    }

    private static double[] Distribution(Preprocessing.TermVector vector) =>
        Array.ConvertAll(vector.Counts, count => count / vector.TotalCount);

    private static double Similarity(double[] sourceDistribution, Preprocessing.TermVector target)
    {
        if (target.IsEmpty)
        {
            return 0.0;
        }

        var similarity = 0.0;
        for (var k = 0; k < target.TermIds.Length; k++)
        {
            var p = sourceDistribution[target.TermIds[k]];
            if (p == 0)
            {
                continue;
            }

            var q = target.Counts[k] / target.TotalCount;
            var mean = (p + q) / 2;
            similarity += mean - (p / 2 * Math.Log2(p / mean)) - (q / 2 * Math.Log2(q / mean));
        }

        // Rounding can push identical distributions a hair past 1 or disjoint ones below 0.
        return Math.Clamp(similarity, 0.0, 1.0);
    }
}
