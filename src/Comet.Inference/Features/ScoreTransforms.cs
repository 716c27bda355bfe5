using Comet.Core.Numerics;
using MathNet.Numerics.Distributions;

namespace Comet.Inference.Features;

/// <summary>
/// Transforms that make any similarity scale usable by one Gaussian likelihood. Both are monotone
/// in the raw score, so no measure's ordering is ever changed, only its spacing.
/// </summary>
internal static class ScoreTransforms
{
    /// <summary>
    /// Normal score of the mid-rank over all pairs: probit((rank - 0.5) / n). Ties share one value
    /// (so 60% zeros stay one tied block instead of an arbitrary order) and NaN ranks lowest.
    /// Global rather than per source, so it keeps the raw level: a source that matches nothing
    /// keeps low values (docs/evaluation.md: per-source normalisation loses calibration).
    /// </summary>
    /// <param name="values">The scores.</param>
    /// <param name="untied">Normal scores of untied ranks for this length (<see cref="UntiedScores"/>), shared by
    /// blocks of the same size, or null to compute each.</param>
    public static double[] GlobalProbitRank(ReadOnlySpan<double> values, double[]? untied = null)
    {
        var n = values.Length;
        if (untied is not null && untied.Length != n)
        {
            throw new ArgumentException($"The table of untied scores is for {untied.Length} values, not {n}.", nameof(untied));
        }

        var keys = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = double.IsNaN(values[i]) ? double.NegativeInfinity : values[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var result = new double[n];
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            var z = end == start + 1 && untied is not null ? untied[start] : MidRankScore(start, end, n);
            for (var k = start; k < end; k++)
            {
                result[order[k]] = z;
            }

            start = end;
        }

        return result;
    }

    /// <summary>
    /// <see cref="GlobalProbitRank"/> within each row of a rows x columns block: how a pair ranks among
    /// its source's candidates, whatever the source's overall level. Ranks rather than z-scores because
    /// a row's spread is no stable unit: a long regulation matching everything a little, or a row of
    /// mostly tied zeros, makes a z-score of its best pair either timid or huge, and the model then
    /// reads rows of no links as rows with a standout candidate. Measured on the 67 benchmark tasks
    /// against the z-score view: mean AP .4013 -> .4058 over vsm, lsi, js, bm25 and .4247 -> .4301 with
    /// the embedding (AP above the best single measure on 33 -> 33 and 34 -> 38 tasks).
    /// </summary>
    public static double[] RowProbitRank(ReadOnlySpan<double> values, int rows, int columns, double[]? untied = null)
    {
        var result = new double[values.Length];
        untied ??= UntiedScores(columns);
        for (var r = 0; r < rows; r++)
        {
            GlobalProbitRank(values.Slice(r * columns, columns), untied).CopyTo(result, r * columns);
        }

        return result;
    }

    /// <summary>Normal score of the mid-rank of the tied block [start, end) of n values (1-based mid-rank (start + 1 + end) / 2).</summary>
    private static double MidRankScore(int start, int end, int n) => Normal.InvCDF(0, 1, ((((start + 1 + end) / 2.0) - 0.5) / n));

    /// <summary>
    /// The score of each untied rank among n values, computed once and shared by every row of a block
    /// and every block of the same size: the inverse normal per pair cost more than the sorts.
    /// </summary>
    public static double[] UntiedScores(int n)
    {
        var scores = new double[n];
        Parallel.For(0, (n + 65535) / 65536, chunk =>
        {
            for (var k = chunk * 65536; k < Math.Min(n, (chunk + 1) * 65536); k++)
            {
                scores[k] = MidRankScore(k, k + 1, n);
            }
        });
        return scores;
    }

    /// <summary>
    /// Each row of a rows x columns block standardised to mean 0, sd 1 (a row with no spread gets 0).
    /// The within-target view applies it to the columns (<see cref="ColumnStandardise"/>).
    /// </summary>
    public static double[] RowStandardise(ReadOnlySpan<double> values, int rows, int columns)
    {
        var result = new double[values.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = values.Slice(r * columns, columns);
            var spread = Spread.Of(row);
            var sd = spread.Sd;
            spread.Standardise(row, sd > 1e-12 ? 1.0 / sd : 0.0, result.AsSpan(r * columns, columns));
        }

        return result;
    }

    /// <summary>Column-wise counterpart of <see cref="RowStandardise"/>: how a pair stands among its target's candidates.</summary>
    public static double[] ColumnStandardise(ReadOnlySpan<double> values, int rows, int columns)
    {
        var transposed = new double[values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                transposed[(c * rows) + r] = values[(r * columns) + c];
            }
        }

        var standardised = RowStandardise(transposed, columns, rows);
        var result = new double[values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[(r * columns) + c] = standardised[(c * rows) + r];
            }
        }

        return result;
    }
}
