using Microsoft.ML.Probabilistic.Distributions;

namespace Comet.Inference.InferNet;

/// <summary>
/// The converged state of the generated VMP algorithm: the link marginals' log-odds, the posteriors of
/// the shared parameters, and how the sweeps went (largest change of a link probability per sweep).
/// </summary>
internal sealed record InferNetFit(
    double[,] Scores,
    double[] LogOdds,
    Beta Rate,
    FeatureEmissions Emission,
    Beta Sensitivity,
    Beta FalseAlarm,
    int Iterations,
    bool Converged,
    double[] Changes)
{
    /// <summary>Per pair, the sum of the features' mean-field messages: the measures' log-odds.</summary>
    public double[] MeasureLogOdds()
    {
        var n = LogOdds.Length;
        var d = Scores.GetLength(1);
        var result = new double[n];
        Parallel.For(0, n, i =>
        {
            var sum = 0.0;
            for (var j = 0; j < d; j++)
            {
                sum += Emission.Term(j, Scores[i, j]);
            }

            result[i] = sum;
        });
        return result;
    }
}

/// <summary>
/// Posteriors of each feature's class-conditional mean and precision (links, other pairs); the
/// declaration shares one precision between the classes, so both precision arrays hold the same.
/// </summary>
internal sealed record FeatureEmissions(Gaussian[] LinkMean, Gamma[] LinkPrecision, Gaussian[] OtherMean, Gamma[] OtherPrecision)
{
    /// <summary>
    /// Feature j's message to a pair's link under mean-field VMP: E[log N(x; mu1, 1/lambda1)] -
    /// E[log N(x; mu0, 1/lambda0)], expectations over the parameters' posteriors.
    /// </summary>
    public double Term(int j, double x) =>
        ExpectedLogDensity(x, LinkMean[j], LinkPrecision[j]) - ExpectedLogDensity(x, OtherMean[j], OtherPrecision[j]);

    /// <summary>How far apart the two classes sit on feature j, in pooled sds (its worth, for reports).</summary>
    public double Separation(int j) =>
        (LinkMean[j].GetMean() - OtherMean[j].GetMean()) * Math.Sqrt((LinkPrecision[j].GetMean() + OtherPrecision[j].GetMean()) / 2);

    private static double ExpectedLogDensity(double x, Gaussian mean, Gamma precision)
    {
        mean.GetMeanAndVariance(out var m, out var v);
        var deviation = x - m;
        return (0.5 * precision.GetMeanLog()) - (0.5 * precision.GetMean() * ((deviation * deviation) + v));
    }
}
