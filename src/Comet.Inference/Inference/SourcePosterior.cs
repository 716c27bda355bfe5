namespace Comet.Inference.Inference;

/// <summary>
/// Posterior of one source's propensity pi_s on the fixed logit grid of <see cref="SourceMarginals"/>
/// (weights sum to 1). Summaries for explanations and uncertainty, and its CDF for calibration checks.
/// </summary>
internal sealed class SourcePosterior(double[] weights)
{
    public double[] Weights { get; } = weights;

    public double LogitMean => Sum((g, w) => w * SourceMarginals.Logits[g]);

    public double LogitVariance
    {
        get
        {
            var mean = LogitMean;
            return Sum((g, w) => w * (SourceMarginals.Logits[g] - mean) * (SourceMarginals.Logits[g] - mean));
        }
    }

    public double Mean => Sum((g, w) => w * SourceMarginals.Probabilities[g]);

    /// <summary>P(pi_s &lt;= pi), each grid point's mass spread evenly over its cell in logit space.</summary>
    public double Cdf(double pi)
    {
        var x = Math.Log(pi / (1 - pi));
        var half = SourceMarginals.Spacing / 2;
        return Sum((g, w) => w * Math.Clamp((x - (SourceMarginals.Logits[g] - half)) / SourceMarginals.Spacing, 0, 1));
    }

    private double Sum(Func<int, double, double> term)
    {
        var total = 0.0;
        for (var g = 0; g < Weights.Length; g++)
        {
            total += term(g, Weights[g]);
        }

        return total;
    }
}
