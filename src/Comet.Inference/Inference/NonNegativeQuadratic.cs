namespace Comet.Inference.Inference;

/// <summary>
/// argmin over w &gt;= 0 of 1/2 w'Aw - w'b for symmetric positive definite A, by cyclic coordinate
/// descent (exact per coordinate, converges for SPD A; dimensions here are at most a few dozen).
/// Coordinates from index <c>free</c> on are unconstrained (a level shift, say).
/// </summary>
internal static class NonNegativeQuadratic
{
    public static double[] Solve(double[,] a, double[] b, double[]? start = null, int? free = null, int maxSweeps = 500, double tolerance = 1e-12)
    {
        var d = b.Length;
        var w = start is null ? new double[d] : (double[])start.Clone();
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                var residual = b[j];
                for (var k = 0; k < d; k++)
                {
                    if (k != j)
                    {
                        residual -= a[j, k] * w[k];
                    }
                }

                var updated = j >= (free ?? d) ? residual / a[j, j] : Math.Max(0, residual / a[j, j]);
                change = Math.Max(change, Math.Abs(updated - w[j]));
                w[j] = updated;
            }

            if (change < tolerance)
            {
                break;
            }
        }

        return w;
    }
}
