using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>The density m (posterior mean given the soft link count) and the per-source soft counts.</summary>
internal static class PropensityUpdate
{
    public static double Density(BetaPrior prior, double softLinks, double pairs) =>
        prior.Observe(softLinks, pairs - softLinks).Mean;

    /// <summary>Per-row sums of q and of q (1 - q) over a rows x columns row-major block.</summary>
    public static (double[] Sums, double[] Variances) RowSums(double[] q, int rows, int columns)
    {
        var sums = new double[rows];
        var variances = new double[rows];
        Parallel.For(0, rows, r =>
        {
            double s = 0, v = 0;
            var offset = r * columns;
            for (var c = 0; c < columns; c++)
            {
                s += q[offset + c];
                v += q[offset + c] * (1 - q[offset + c]);
            }

            sums[r] = s;
            variances[r] = v;
        });
        return (sums, variances);
    }
}
