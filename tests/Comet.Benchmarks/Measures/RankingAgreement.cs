using Comet.Core.Similarity;

namespace Comet.Benchmarks.Measures;

/// <summary>How far one score matrix is from a reference: score deviations, per-source Kendall tau-b, top-10 overlap.</summary>
/// <param name="MinTopOverlap">Smallest number of shared targets among the two top-10 lists of a source.</param>
internal sealed record RankingAgreement(double MaxDeviation, double MeanDeviation, double MeanTau, double MinTau, int MinTopOverlap)
{
    public static RankingAgreement Compare(SimilarityMatrix candidate, SimilarityMatrix reference)
    {
        var (max, mean) = Deviation(reference, candidate);
        var (meanTau, minTau) = Tau(reference, candidate);
        var overlap = Enumerable.Range(0, reference.Rows).Min(i => Top(reference, i).Intersect(Top(candidate, i)).Count());
        return new RankingAgreement(max, mean, meanTau, minTau, overlap);
    }

    /// <summary>The 10 best targets of source <paramref name="row"/>, ties by index.</summary>
    private static int[] Top(SimilarityMatrix matrix, int row)
    {
        var values = matrix.Row(row).ToArray();
        return [.. Enumerable.Range(0, values.Length).OrderByDescending(j => values[j]).ThenBy(j => j).Take(10)];
    }

    public static (double Max, double Mean) Deviation(SimilarityMatrix reference, SimilarityMatrix other)
    {
        double max = 0, sum = 0;
        for (var k = 0; k < reference.Values.Length; k++)
        {
            var deviation = Math.Abs(reference.Values[k] - other.Values[k]);
            max = Math.Max(max, deviation);
            sum += deviation;
        }

        return (max, sum / Math.Max(1, reference.Values.Length));
    }

    /// <summary>Kendall tau-b between the two rankings of each source's targets: mean and minimum over sources.</summary>
    public static (double Mean, double Min) Tau(SimilarityMatrix reference, SimilarityMatrix other)
    {
        var taus = new double[reference.Rows];
        Parallel.For(0, reference.Rows, i =>
        {
            var x = reference.Row(i).ToArray();
            var y = other.Row(i).ToArray();
            long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
            for (var a = 0; a < x.Length; a++)
            {
                for (var b = a + 1; b < x.Length; b++)
                {
                    var dx = Math.Sign(x[a] - x[b]);
                    var dy = Math.Sign(y[a] - y[b]);
                    if (dx == 0 && dy == 0)
                    {
                        continue;
                    }

                    if (dx == 0)
                    {
                        tiesX++;
                    }
                    else if (dy == 0)
                    {
                        tiesY++;
                    }
                    else if (dx == dy)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }

            var denominator = Math.Sqrt((double)(concordant + discordant + tiesX) * (concordant + discordant + tiesY));
            taus[i] = denominator == 0 ? 1 : (concordant - discordant) / denominator;
        });
        return (taus.Average(), taus.Min());
    }
}
