using Comet.Inference.Features;
using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// M-step of the class-conditional Gaussians: weighted class means, the shared within-class covariance
/// (off-diagonal shrunk), then the non-negative weights w that maximise the expected log-likelihood
/// with mu1 = mu0 + Sigma w under the pooled prior w_j ~ N(omega_pool(j), 1 / (lambda N1)), w &gt;= 0:
/// argmin 1/2 w'(Sigma + lambda I)w - w'(xbar1 - xbar0 + lambda omega), alternating with
/// omega_pool = mean of its weights (path features and within-target views pool toward 0). The priors
/// are <see cref="LinkModel"/>'s nodes <see cref="FeatureEmission"/> (Sigma's shrinkage) and <see cref="FeatureWeights"/>.
/// </summary>
internal static class EmissionUpdate
{
    // Below this many effective links the link mean is not estimable; the weights keep their start.
    private const double MinimumLinks = 1e-3;

    public static EmissionParameters Fit(FeatureEmission emission, FeatureWeights weightPrior, FeatureSet features, FeatureScatter scatter, double[] q, double[]? previousWeights)
    {
        var d = features.Dimension;
        var n = (double)features.PairCount;
        var weightedSums = FeatureScatter.Weighted(features, q);
        var links = Math.Clamp(weightedSums.Length == 0 ? 0 : q.Sum(), MinimumLinks, n - MinimumLinks);
        var nonLinks = n - links;
        var linkMean = new double[d];
        var nonLinkMean = new double[d];
        for (var j = 0; j < d; j++)
        {
            linkMean[j] = weightedSums[j] / links;
            nonLinkMean[j] = (scatter.Sums[j] - weightedSums[j]) / nonLinks;
        }

        var covariance = new double[d, d];
        for (var j = 0; j < d; j++)
        {
            for (var k = 0; k < d; k++)
            {
                var within = (scatter.CrossProducts[j, k] - (nonLinks * nonLinkMean[j] * nonLinkMean[k]) - (links * linkMean[j] * linkMean[k])) / n;
                covariance[j, k] = j == k ? Math.Max(within, 1e-9) : (1 - emission.CovarianceShrinkage) * within;
            }
        }

        var system = (double[,])covariance.Clone();
        var separation = new double[d];
        for (var j = 0; j < d; j++)
        {
            system[j, j] += weightPrior.PriorPrecision(features.Columns[j]);
            separation[j] = linkMean[j] - nonLinkMean[j];
        }

        var weights = PooledWeights(features, system, separation, weightPrior, previousWeights);
        var names = features.Columns.Select(c => c.Name).ToArray();
        var groups = features.Columns.Select(c => c.Group).ToArray();
        return new EmissionParameters(names, groups, nonLinkMean, covariance, weights, links);
    }

    private static double[] PooledWeights(FeatureSet features, double[,] system, double[] separation, FeatureWeights prior, double[]? start)
    {
        var d = separation.Length;
        var pools = Enumerable.Range(0, d).Select(j => FeatureWeights.PoolsWithMeasures(features.Columns[j]) ? "measure" : null).ToArray();
        var weights = start ?? new double[d];
        var target = new double[d];
        for (var round = 0; round < 50; round++)
        {
            var levels = pools.Where(p => p is not null).Distinct().ToDictionary(p => p!, p => Enumerable.Range(0, d).Where(j => pools[j] == p).Average(j => weights[j]));
            for (var j = 0; j < d; j++)
            {
                target[j] = separation[j] + (prior.Pooling * (pools[j] is { } pool ? levels[pool] : 0));
            }

            var updated = NonNegativeQuadratic.Solve(system, target, weights);
            var change = Enumerable.Range(0, d).Max(j => Math.Abs(updated[j] - weights[j]));
            weights = updated;
            if (change < 1e-9)
            {
                break;
            }
        }

        return weights;
    }
}
