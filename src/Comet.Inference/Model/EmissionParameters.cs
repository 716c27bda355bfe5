namespace Comet.Inference.Model;

/// <summary>
/// The learned class-conditional Gaussians of the features: x | z ~ N(mu0 + z Sigma w, Sigma).
/// Immutable once built.
/// </summary>
public sealed class EmissionParameters
{
    internal EmissionParameters(IReadOnlyList<string> names, IReadOnlyList<string> groups, double[] nonLinkMean, double[,] covariance, double[] weights, double effectiveLinks)
    {
        Names = names;
        Groups = groups;
        NonLinkMean = nonLinkMean;
        Covariance = covariance;
        Weights = weights;
        EffectiveLinks = effectiveLinks;
        var d = weights.Length;
        LinkMean = new double[d];
        Midpoint = new double[d];
        for (var j = 0; j < d; j++)
        {
            var shift = 0.0;
            for (var k = 0; k < d; k++)
            {
                shift += covariance[j, k] * weights[k];
            }

            LinkMean[j] = nonLinkMean[j] + shift;
            Midpoint[j] = nonLinkMean[j] + (shift / 2);
        }
    }

    /// <summary>Feature names ("vsm:global", "vsm:source", "path:tests:global", ...).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Group (measure or path kind) of each feature.</summary>
    public IReadOnlyList<string> Groups { get; }

    public double[] NonLinkMean { get; }

    public double[] LinkMean { get; }

    public double[,] Covariance { get; }

    /// <summary>w: non-negative, one per feature; the measure's worth in log-odds per unit of feature.</summary>
    public double[] Weights { get; }

    /// <summary>(mu0 + mu1) / 2: a feature at its midpoint adds nothing to the log-odds.</summary>
    public double[] Midpoint { get; }

    /// <summary>Sum of link posteriors the link mean was estimated from.</summary>
    public double EffectiveLinks { get; }

    public int Dimension => Weights.Length;

    /// <summary>Log-odds contribution of feature j at value x: w_j (x - midpoint_j).</summary>
    public double Contribution(int feature, double value) => Weights[feature] * (value - Midpoint[feature]);
}
