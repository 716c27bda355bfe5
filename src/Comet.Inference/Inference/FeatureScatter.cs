using System.Numerics.Tensors;
using Comet.Inference.Features;

namespace Comet.Inference.Inference;

/// <summary>
/// Sums of x and x x' over all pairs, computed once: the M-step then needs only the link-weighted
/// sums (O(N D) per sweep instead of O(N D^2)), because the within-class scatter is
/// sum x x' - N0 xbar0 xbar0' - N1 xbar1 xbar1'.
/// </summary>
internal sealed class FeatureScatter
{
    private FeatureScatter(double[] sums, double[,] crossProducts)
    {
        Sums = sums;
        CrossProducts = crossProducts;
    }

    public double[] Sums { get; }

    public double[,] CrossProducts { get; }

    public static FeatureScatter Compute(FeatureSet features)
    {
        var d = features.Dimension;
        var sums = new double[d];
        var cross = new double[d, d];
        var pairs = Enumerable.Range(0, d).SelectMany(j => Enumerable.Range(j, d - j).Select(k => (j, k))).ToArray();
        Parallel.For(0, d, j => sums[j] = TensorPrimitives.Sum<double>(features.Columns[j].Values));
        Parallel.ForEach(pairs, p =>
        {
            var v = TensorPrimitives.Dot<double>(features.Columns[p.j].Values, features.Columns[p.k].Values);
            cross[p.j, p.k] = v;
            cross[p.k, p.j] = v;
        });
        return new FeatureScatter(sums, cross);
    }

    /// <summary>sum_n q_n x_n: the link-weighted feature sums.</summary>
    public static double[] Weighted(FeatureSet features, double[] q)
    {
        var result = new double[features.Dimension];
        Parallel.For(0, features.Dimension, j => result[j] = TensorPrimitives.Dot<double>(features.Columns[j].Values, q));
        return result;
    }
}
