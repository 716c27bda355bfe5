using System.Numerics.Tensors;

namespace Comet.Core.Numerics;

/// <summary>
/// The population mean and variance of a set of scores: the centre and spread every z-score of the
/// measures and the inference is taken from (<see cref="Standardisation"/>). Two ways to compute them are
/// kept because each caller's committed numbers depend on its exact rounding: <see cref="Of"/> for
/// score matrices, <see cref="OfLongColumn"/> for the model's per-pair feature columns.
/// </summary>
public readonly record struct Spread(double Mean, double Variance)
{
    /// <summary>The population standard deviation.</summary>
    public double Sd => Math.Sqrt(Variance);

    /// <summary>Two passes in order: the mean, then the mean squared deviation from it (no cancellation). Empty: 0, 0.</summary>
    public static Spread Of(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return default;
        }

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return new Spread(mean, squares / values.Length);
    }

    /// <summary>
    /// One vectorised pass: the mean of the squares less the squared mean. Faster on million-pair
    /// columns; a constant column may come out slightly negative, so callers test the variance against a floor.
    /// Empty: 0, 0.
    /// </summary>
    public static Spread OfLongColumn(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return default;
        }

        var n = values.Length;
        var mean = TensorPrimitives.Sum(values) / n;
        return new Spread(mean, (TensorPrimitives.SumOfSquares(values) / n) - (mean * mean));
    }

    /// <summary>(v - <see cref="Mean"/>) * <paramref name="scale"/> for each value: its z-score when the scale is 1 / <see cref="Sd"/>.</summary>
    public void Standardise(ReadOnlySpan<double> values, double scale, Span<double> destination)
    {
        TensorPrimitives.Subtract(values, Mean, destination);
        TensorPrimitives.Multiply(destination, scale, destination);
    }
}
