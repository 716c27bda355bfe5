using Comet.Inference.Model;

namespace Comet.Inference.Features;

/// <summary>Turns raw score blocks into the feature columns that <see cref="LinkModel"/> declares.</summary>
internal static class FeatureBuilder
{
    public static IReadOnlyList<FeatureColumn> Build(
        IReadOnlyList<(string Group, double[] Scores)> blocks, int sources, int targets, FeatureKinds kinds)
    {
        var perBlock = new FeatureColumn[blocks.Count][];
        Parallel.For(0, blocks.Count, b => perBlock[b] = ForBlock(blocks[b].Group, blocks[b].Scores, sources, targets, kinds));
        return perBlock.SelectMany(c => c).ToArray();
    }

    private static FeatureColumn[] ForBlock(string group, double[] scores, int sources, int targets, FeatureKinds kinds)
    {
        var global = ScoreTransforms.GlobalProbitRank(scores);
        var columns = new List<FeatureColumn> { new(group, group + ":global", global) };
        if (kinds.HasFlag(FeatureKinds.WithinSource) && targets > 2)
        {
            columns.Add(new(group, group + ":source", ScoreTransforms.RowProbitRank(global, sources, targets)));
        }

        if (kinds.HasFlag(FeatureKinds.WithinTarget) && sources > 2)
        {
            columns.Add(new(group, group + ":target", ScoreTransforms.ColumnStandardise(global, sources, targets)));
        }

        return [.. columns];
    }
}
