using System.Numerics.Tensors;

namespace Comet.Inference.Inference;

/// <summary>
/// From the fitted posterior to the reported one: logit p = tau (l - a) + b + a, where a is the pair's
/// answers' log-odds (0 for pairs without answers) and b is chosen so that the answer-free part,
/// tau (l - a) + b, adds up to share x the fit's answer-free expected links (see
/// <see cref="OutputCalibrationSettings.OutputTempering"/>). Tempered is what comes from the misspecified
/// Gaussians and the propensities fitted with them; the answers' likelihood is the developer's own
/// stated confidence and keeps its full weight, on top of the count, not inside it. Among pairs
/// without answers the map is one increasing function per task, so their ranking (AP, MAP, AUC
/// without feedback, and on the pairs without feedback) is exactly the fit's.
/// </summary>
internal static class OutputCalibration
{
    /// <param name="answers">Per pair, the answers' log-odds inside <paramref name="logOdds"/>; empty without feedback.</param>
    public static (double[] LogOdds, double Shift) Apply(double[] logOdds, double[] answers, double tempering, double share)
    {
        var reported = (double[])logOdds.Clone();
        if (tempering == 1 && share == 1)
        {
            return (reported, 0);
        }

        if (answers.Length > 0)
        {
            TensorPrimitives.Subtract(reported, answers, reported);
        }

        var fitted = new double[reported.Length];
        TensorPrimitives.Sigmoid(reported, fitted);
        var target = share * TensorPrimitives.Sum<double>(fitted);
        TensorPrimitives.Multiply(reported, tempering, reported);
        var shift = ExpectedCountConstraint.Offset(reported, target);
        TensorPrimitives.Add(reported, shift, reported);
        if (answers.Length > 0)
        {
            TensorPrimitives.Add(reported, answers, reported);
        }

        return (reported, shift);
    }
}
