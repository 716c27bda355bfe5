using System.Numerics.Tensors;

namespace Comet.Inference.Inference;

/// <summary>
/// From the fitted posterior to the reported one: logit p = tau (l - a) + a + b, where a is the pair's
/// answers' log-odds (0 for pairs without answers) and b is chosen so that the reported probabilities
/// add up to share x the fit's expected links (see <see cref="Model.ModelPriors.OutputTempering"/>).
/// Tempered is what comes from the misspecified Gaussians and the propensities fitted with them; the
/// answers' likelihood is the developer's own stated confidence and keeps its full weight. Among pairs
/// without answers the map is one increasing function per task, so their ranking (AP, MAP, AUC
/// without feedback, and on the pairs without feedback) is exactly the fit's.
/// </summary>
internal static class OutputCalibration
{
    private const int MaxSteps = 100;

    /// <param name="answers">Per pair, the answers' log-odds inside <paramref name="logOdds"/>; empty without feedback.</param>
    public static (double[] LogOdds, double Shift) Apply(double[] logOdds, double[] answers, double tempering, double share)
    {
        var reported = (double[])logOdds.Clone();
        if (tempering == 1 && share == 1)
        {
            return (reported, 0);
        }

        var scratch = new double[logOdds.Length];
        TensorPrimitives.Sigmoid(logOdds, scratch);
        var target = share * TensorPrimitives.Sum<double>(scratch);
        TensorPrimitives.Multiply(logOdds, tempering, reported);
        if (answers.Length > 0)
        {
            // tau l + (1 - tau) a = tau (l - a) + a.
            TensorPrimitives.MultiplyAdd(answers, 1 - tempering, reported, reported);
        }

        // Safeguarded Newton on b: sum sigmoid(tau l + b) rises with b, so a bracket always holds it.
        double low = -200, high = 200, shift = 0;
        for (var step = 0; step < MaxSteps; step++)
        {
            TensorPrimitives.Add(reported, shift, scratch);
            TensorPrimitives.Sigmoid(scratch, scratch);
            var sum = TensorPrimitives.Sum<double>(scratch);
            var slope = sum - TensorPrimitives.SumOfSquares<double>(scratch);
            var gap = sum - target;
            if (Math.Abs(gap) <= 1e-9 * Math.Max(1, target))
            {
                break;
            }

            (low, high) = gap > 0 ? (low, shift) : (shift, high);
            var next = slope > 1e-300 ? shift - (gap / slope) : double.NaN;
            shift = next > low && next < high ? next : (low + high) / 2;
        }

        TensorPrimitives.Add(reported, shift, reported);
        return (reported, shift);
    }
}
