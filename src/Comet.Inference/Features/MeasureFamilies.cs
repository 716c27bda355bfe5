namespace Comet.Inference.Features;

/// <summary>
/// Fuses near-duplicate measures into one family before the views are built. Why: the link model pools
/// the measures' weights toward one level and only half-trusts their correlation, so a family of
/// look-alike measures (vsm, lsi and js are all length-normalised term-vector comparisons) outvotes a
/// measure that sees something else (bm25's sharper idf and saturated term counts) inside every
/// requirement's ranking. A family enters as the mean of its members' global probit ranks, so it
/// counts once, as a measure would.
/// </summary>
internal static class MeasureFamilies
{
    /// <summary>
    /// Complete linkage in the measures' order: a measure joins the first family all of whose members
    /// its global probit ranks correlate with at <paramref name="threshold"/> or more (Pearson over all
    /// pairs, about Spearman's rho of the raw scores), else it starts one. Complete rather than single
    /// linkage so that a chain of moderately alike measures does not collapse into one family. Path
    /// blocks pass through untouched. A family's group name joins its members' names with '|'.
    /// </summary>
    public static IReadOnlyList<ScoreBlock> Merge(IReadOnlyList<ScoreBlock> blocks, double threshold)
    {
        var measures = blocks.Where(b => !b.IsPath).ToArray();
        var ranks = measures.Select(m => ScoreTransforms.GlobalProbitRank(m.Scores)).ToArray();
        var families = new List<List<int>>();
        for (var m = 0; m < measures.Length; m++)
        {
            var home = families.FirstOrDefault(f => f.All(other => Correlation(ranks[m], ranks[other]) >= threshold));
            if (home is null)
            {
                families.Add([m]);
            }
            else
            {
                home.Add(m);
            }
        }

        var merged = families.Select(f => f.Count == 1 ? measures[f[0]] : Fuse(f.Select(i => measures[i]).ToArray(), f.Select(i => ranks[i]).ToArray()));
        return [.. merged, .. blocks.Where(b => b.IsPath)];
    }

    private static ScoreBlock Fuse(ScoreBlock[] members, double[][] ranks)
    {
        var mean = new double[ranks[0].Length];
        foreach (var r in ranks)
        {
            for (var p = 0; p < mean.Length; p++)
            {
                mean[p] += r[p] / ranks.Length;
            }
        }

        return new ScoreBlock(string.Join('|', members.Select(m => m.Group)), mean, IsPath: false);
    }

    /// <summary>Pearson correlation; 0 where either side has no spread.</summary>
    internal static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
