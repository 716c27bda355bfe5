using System.Numerics.Tensors;

namespace Comet.Inference.Inference;

/// <summary>
/// Posterior regularisation of the link count: the scalar b with sum_n sigmoid(eta_n + b) = target,
/// found by safeguarded Newton steps (the sum is increasing and convex-concave in b, so a bracket
/// plus Newton converges in a handful of O(N) passes).
/// </summary>
internal static class ExpectedCountConstraint
{
    public static double Offset(double[] logOdds, double target, double start = 0)
    {
        double low = -50, high = 50, b = Math.Clamp(start, low, high);
        for (var step = 0; step < 60; step++)
        {
            var (sum, slope) = SumAndSlope(logOdds, b);
            var gap = sum - target;
            if (Math.Abs(gap) < 1e-6 * Math.Max(1, target))
            {
                break;
            }

            if (gap > 0)
            {
                high = b;
            }
            else
            {
                low = b;
            }

            var next = slope > 1e-12 ? b - (gap / slope) : double.NaN;
            b = next > low && next < high ? next : (low + high) / 2;
        }

        return b;
    }

    private static (double Sum, double Slope) SumAndSlope(double[] logOdds, double shift)
    {
        // Fixed chunks summed in order: the same input always gives the same bits.
        const int chunk = 1 << 15;
        var chunks = (logOdds.Length + chunk - 1) / chunk;
        var sums = new double[chunks];
        var slopes = new double[chunks];
        Parallel.For(0, chunks, () => (new double[chunk], new double[chunk]), (c, _, buffers) =>
        {
            var (p, spread) = buffers;
            var length = Math.Min(logOdds.Length, (c + 1) * chunk) - (c * chunk);
            var probabilities = p.AsSpan(0, length);
            var slope = spread.AsSpan(0, length);
            TensorPrimitives.Add(logOdds.AsSpan(c * chunk, length), shift, probabilities);
            TensorPrimitives.Sigmoid<double>(probabilities, probabilities);
            TensorPrimitives.Subtract(1.0, probabilities, slope);
            TensorPrimitives.Multiply(slope, probabilities, slope);
            sums[c] = TensorPrimitives.Sum<double>(probabilities);
            slopes[c] = TensorPrimitives.Sum<double>(slope);
            return buffers;
        }, _ => { });
        return (sums.Sum(), slopes.Sum());
    }
}
