using Comet.Core.Numerics;
using Comet.Core.Similarity;
using Comet.Inference.Model;

namespace Comet.Inference.Features;

/// <summary>
/// The measures as score blocks, each kind of evidence with one vote: when measures of both families run
/// (<see cref="FitSettings.WordMeasures"/>, <see cref="FitSettings.NeuralMeasures"/>), a family with two or
/// more of its measures present enters as one family measure, the mean of its members' z-scores over all
/// pairs, and its members stay only as residuals whose weights are pulled toward 0
/// (<see cref="ModelPriors.FamilyMemberWeightPrecision"/>).
/// </summary>
/// <remarks>
/// Why: vsm, lsi, js and bm25 read the same words and order a requirement's candidates nearly alike
/// (within-requirement Spearman .81 to .91), so pooled with the embedding as five equals they outvote it
/// four to one, also on projects where it alone is right (HIPAA: embedding AP .322, hbn .273). With the
/// family, hbn's mean AP over the 67 benchmark tasks rose .4461 -> .4613 and MAP .6423 -> .6612 with the
/// default measures, and .4513 -> .4635 with arctic beside MiniLM, where the two neural measures form the
/// second family (docs/model-decisions.md, FamilyMemberWeightPrecision). With words alone there is no other
/// vote to balance, and the family measure lowered AP (.4210 -> .4120), as it did with ident and fine beside
/// the four (.4308 -> .4225): so a family enters only beside the other one.
/// </remarks>
internal static class MeasureFamily
{
    /// <summary>The bag-of-words family's group: explanations show it as one term ("lexical +1.20") beside its members' residuals.</summary>
    public const string WordGroup = "lexical";

    /// <summary>The neural family's group.</summary>
    public const string NeuralGroup = "neural";

    public static ScoreBlock[] Blocks(IReadOnlyDictionary<string, SimilarityMatrix> measures, FitSettings fit)
    {
        var words = measures.Keys.Where(fit.WordMeasures.Contains).ToArray();
        var neural = measures.Keys.Where(fit.NeuralMeasures.Contains).ToArray();
        var entering = words.Length == 0 || neural.Length == 0
            ? []
            : new[] { (Group: WordGroup, Members: words), (Group: NeuralGroup, Members: neural) }.Where(f => f.Members.Length >= 2).ToArray();
        var members = entering.SelectMany(f => f.Members).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. entering.Select(f => new ScoreBlock(f.Group, MeanZScores(f.Members.Select(m => measures[m])), IsPath: false)),
            .. measures.Select(m => new ScoreBlock(m.Key, m.Value.Values.ToArray(), IsPath: false) { IsFamilyMember = members.Contains(m.Key) }),
        ];
    }

    /// <summary>The mean over matrices of each one's scores standardised over all pairs (<see cref="ZScores"/>: a constant one adds zeros).</summary>
    internal static double[] MeanZScores(IEnumerable<SimilarityMatrix> matrices)
    {
        var list = matrices.ToArray();
        var mean = new double[list[0].Values.Length];
        foreach (var matrix in list)
        {
            var z = ZScores.Of(matrix.Values);
            for (var c = 0; c < mean.Length; c++)
            {
                mean[c] += z[c] / list.Length;
            }
        }

        return mean;
    }
}
