using Comet.Core.Numerics;
using Comet.Core.Similarity;
using Comet.Inference.Model;

namespace Comet.Inference.Features;

/// <summary>
/// The measures as score blocks, with the bag-of-words family entering as one measure when another kind
/// of evidence runs beside it (<see cref="FitSettings.WordMeasures"/>).
/// </summary>
/// <remarks>
/// Why: vsm, lsi, js and bm25 read the same words and order a requirement's candidates nearly alike
/// (within-requirement Spearman .81 to .91), so pooled with the embedding as five equals they outvote it
/// four to one, also on projects where it alone is right (HIPAA: embedding AP .322, hbn .273). As one
/// family measure (the mean of the members' z-scores over all pairs) beside the embedding, with each
/// member kept as a residual whose weight must be earned, hbn's mean AP over the 67 benchmark tasks rose
/// .4461 -> .4612 and MAP .6423 -> .6611 (docs/model-decisions.md, FamilyMemberWeightPrecision). With
/// words alone there is no other vote to balance, and the family measure lowered AP (.4210 -> .4120),
/// as it did with ident and fine beside the four (.4308 -> .4225): so only a neural measure brings it in.
/// </remarks>
internal static class MeasureFamily
{
    /// <summary>The family measure's group: explanations show it as one term ("lexical +1.20") beside its members' residuals.</summary>
    public const string FamilyGroup = "lexical";

    public static ScoreBlock[] Blocks(IReadOnlyDictionary<string, SimilarityMatrix> measures, FitSettings fit)
    {
        var words = fit.WordMeasures.ToHashSet(StringComparer.Ordinal);
        var members = measures.Keys.Where(words.Contains).ToArray();
        var enters = members.Length >= 2 && measures.Keys.Any(fit.NeuralMeasures.Contains);
        var blocks = measures.Select(m => new ScoreBlock(m.Key, m.Value.Values.ToArray(), IsPath: false) { IsFamilyMember = enters && words.Contains(m.Key) });
        return enters
            ? [new ScoreBlock(FamilyGroup, MeanZScores(members.Select(m => measures[m])), IsPath: false), .. blocks]
            : [.. blocks];
    }

    /// <summary>The mean over matrices of each one's scores standardised over all pairs (a constant one adds zeros).</summary>
    internal static double[] MeanZScores(IEnumerable<SimilarityMatrix> matrices)
    {
        var list = matrices.ToArray();
        var mean = new double[list[0].Values.Length];
        foreach (var matrix in list)
        {
            ReadOnlySpan<double> values = matrix.Values;
            var spread = Spread.Of(values);
            var sd = spread.Sd;
            if (!(sd > 1e-12 * Math.Abs(spread.Mean)) || !double.IsFinite(sd))
            {
                continue;
            }

            for (var c = 0; c < mean.Length; c++)
            {
                mean[c] += (values[c] - spread.Mean) / sd / list.Length;
            }
        }

        return mean;
    }
}
