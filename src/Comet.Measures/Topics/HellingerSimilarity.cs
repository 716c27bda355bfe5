namespace Comet.Measures.Topics;

/// <summary>
/// 1 - Hellinger distance between two discrete distributions: 1 - sqrt(1 - sum_i sqrt(p_i q_i)).
/// 1 for identical mixtures, 0 for disjoint ones; 0 when either side is missing (an empty artifact).
/// </summary>
public static class HellingerSimilarity
{
    public static double Of(IReadOnlyList<double>? p, IReadOnlyList<double>? q) =>
        OfSquareRoots(p?.Select(Math.Sqrt).ToArray(), q?.Select(Math.Sqrt).ToArray());

    /// <summary>The same from element-wise square roots of the two distributions (precomputed once per document).</summary>
    public static double OfSquareRoots(double[]? rootP, double[]? rootQ)
    {
        if (rootP is null || rootQ is null)
        {
            return 0.0;
        }

        if (rootP.Length != rootQ.Length)
        {
            throw new ArgumentException("Distributions differ in length.");
        }

        var bhattacharyya = 0.0;
        for (var i = 0; i < rootP.Length; i++)
        {
            bhattacharyya += rootP[i] * rootQ[i];
        }

        // Rounding can push the coefficient a hair above 1 for identical mixtures.
        return 1.0 - Math.Sqrt(Math.Max(0.0, 1.0 - bhattacharyya));
    }
}
