using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// The density m (posterior mean given the soft link count) and the source propensities pi_s
/// (integrated exactly by <see cref="SourceMarginals"/>, their concentration a by empirical Bayes).
/// </summary>
internal static class PropensityUpdate
{
    public static double Density(LinkDensity node, double[] q, int sources, int targets)
    {
        var softLinks = SoftLinks(q, sources, targets);
        var pairs = (double)q.Length;
        return node.Prior.Observe(softLinks, pairs - softLinks).Mean;
    }

    /// <summary>sum q, row by row in order (the same bits on every run).</summary>
    public static double SoftLinks(double[] q, int sources, int targets) => RowSums(q, sources, targets).Sum();

    /// <summary>
    /// The posterior of each pi_s given its pairs' log-likelihood ratios, with a re-chosen when
    /// <paramref name="chooseConcentration"/> and kept at <paramref name="concentration"/> otherwise.
    /// </summary>
    public static (double Concentration, SourcePosterior[] Sources) Propensities(
        SourcePropensity node, double[] evidence, int sources, int targets, double density, double concentration, bool chooseConcentration)
    {
        var likelihoods = SourceMarginals.LogLikelihoods(evidence, sources, targets, node.EvidenceTempering);
        if (chooseConcentration)
        {
            concentration = SourceMarginals.ChooseConcentration(node.ConcentrationGrid, density, likelihoods);
        }

        return (concentration, SourceMarginals.Posteriors(concentration, density, likelihoods));
    }

    /// <summary>Per-row sums of q over a rows x columns row-major block, each row summed in order.</summary>
    private static double[] RowSums(double[] q, int rows, int columns)
    {
        var sums = new double[rows];
        Parallel.For(0, rows, r =>
        {
            var s = 0.0;
            var offset = r * columns;
            for (var c = 0; c < columns; c++)
            {
                s += q[offset + c];
            }

            sums[r] = s;
        });
        return sums;
    }
}
