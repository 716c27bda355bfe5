using MathNet.Numerics;

namespace Comet.Inference.Baselines;

/// <summary>
/// Maximum-likelihood Beta(a, b) for a handful of values in (0, 1), as COMET fits one per link to its
/// normalised scores. Newton's method on the score equations psi(a) - psi(a + b) = mean log x and
/// psi(b) - psi(a + b) = mean log(1 - x), from the method-of-moments start, with step halving to stay
/// positive. Values with no spread have no finite ML: the strength is capped at <see cref="MaxStrength"/>.
/// </summary>
public static class BetaMaximumLikelihood
{
    public const double MaxStrength = 1e6;

    public static (double A, double B) Fit(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        double mean = 0, logX = 0, log1mX = 0;
        foreach (var raw in values)
        {
            var x = Math.Clamp(raw, 1e-9, 1 - 1e-9);
            mean += x / n;
            logX += Math.Log(x) / n;
            log1mX += Math.Log(1 - x) / n;
        }

        var variance = 0.0;
        foreach (var raw in values)
        {
            var x = Math.Clamp(raw, 1e-9, 1 - 1e-9);
            variance += (x - mean) * (x - mean) / n;
        }

        var strength = variance > 1e-12 ? Math.Min((mean * (1 - mean) / variance) - 1, MaxStrength) : MaxStrength;
        if (strength >= MaxStrength || strength <= 0)
        {
            strength = strength <= 0 ? 1.0 : MaxStrength;
            return (mean * strength, (1 - mean) * strength);
        }

        double a = mean * strength, b = (1 - mean) * strength;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var psiAb = SpecialFunctions.DiGamma(a + b);
            var ga = psiAb - SpecialFunctions.DiGamma(a) + logX;
            var gb = psiAb - SpecialFunctions.DiGamma(b) + log1mX;
            var tAb = Model.Digamma.Trigamma(a + b);
            double haa = tAb - Model.Digamma.Trigamma(a), hbb = tAb - Model.Digamma.Trigamma(b), hab = tAb;
            var det = (haa * hbb) - (hab * hab);
            var da = -((hbb * ga) - (hab * gb)) / det;
            var db = -((haa * gb) - (hab * ga)) / det;
            var step = 1.0;
            while (a + (step * da) <= 0 || b + (step * db) <= 0)
            {
                step /= 2;
            }

            a += step * da;
            b += step * db;
            if (a + b > MaxStrength)
            {
                var scale = MaxStrength / (a + b);
                return (a * scale, b * scale);
            }

            if (Math.Abs(step * da) < 1e-10 * a && Math.Abs(step * db) < 1e-10 * b)
            {
                break;
            }
        }

        return (a, b);
    }
}
