using MathNet.Numerics;

namespace Comet.Inference.Model;

/// <summary>Digamma from MathNet and the trigamma it lacks (needed for Beta log-odds variances).</summary>
internal static class Digamma
{
    public static double Psi(double x) => SpecialFunctions.DiGamma(x);

    /// <summary>
    /// Trigamma psi'(x) for x &gt; 0: recurrence psi'(x) = psi'(x + 1) + 1/x^2 up to x &gt;= 12, then the
    /// asymptotic series (absolute error below 1e-10 there).
    /// </summary>
    public static double Trigamma(double x)
    {
        var result = 0.0;
        while (x < 12)
        {
            result += 1.0 / (x * x);
            x += 1;
        }

        var inv = 1.0 / x;
        var inv2 = inv * inv;
        return result + inv + (inv2 / 2) + (inv * inv2 * (1.0 / 6 - (inv2 * (1.0 / 30 - (inv2 * (1.0 / 42 - (inv2 / 30)))))));
    }
}
