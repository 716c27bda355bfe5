using Comet.Inference.Model;

namespace Comet.Inference.Features;

/// <summary>Turns raw score blocks into the feature columns that <see cref="LinkModel"/> declares.</summary>
internal static class FeatureBuilder
{
    public static IReadOnlyList<FeatureColumn> Build(IReadOnlyList<ScoreBlock> blocks, int sources, int targets, FeatureView views)
    {
        var perBlock = new FeatureColumn[blocks.Count][];
        var tables = new RankTables(sources * targets, targets);
        Parallel.For(0, blocks.Count, b => perBlock[b] = ForBlock(blocks[b], sources, targets, views, tables));
        return perBlock.SelectMany(c => c).ToArray();
    }

    /// <summary>The scores as they are, one column per block (rank transform off).</summary>
    public static IReadOnlyList<FeatureColumn> Untransformed(IReadOnlyList<ScoreBlock> blocks) =>
        blocks.Select(b => new FeatureColumn(b.Group, b.Group, b.Scores, FeatureView.Scores, b.IsPath) { IsFamilyMember = b.IsFamilyMember }).ToArray();

    private static FeatureColumn[] ForBlock(ScoreBlock block, int sources, int targets, FeatureView views, RankTables tables)
    {
        FeatureColumn Column(string view, double[] values, FeatureView kind) =>
            new(block.Group, block.Group + view, values, kind, block.IsPath) { IsFamilyMember = block.IsFamilyMember };

        var global = ScoreTransforms.GlobalProbitRank(block.Scores, tables.Global);
        var columns = new List<FeatureColumn> { Column(":global", global, FeatureView.Global) };
        if (views.HasFlag(FeatureView.WithinSource) && targets > 2)
        {
            columns.Add(Column(":source", ScoreTransforms.RowProbitRank(global, sources, targets, tables.Row), FeatureView.WithinSource));
        }

        if (views.HasFlag(FeatureView.WithinTarget) && sources > 2)
        {
            columns.Add(Column(":target", ScoreTransforms.ColumnStandardise(global, sources, targets), FeatureView.WithinTarget));
        }

        return [.. columns];
    }
}

/// <summary>The untied normal scores every block's ranks share: over all pairs and within a source's row (built on first use).</summary>
internal sealed class RankTables(int pairs, int targets)
{
    private readonly Lazy<double[]> _global = new(() => ScoreTransforms.UntiedScores(pairs));
    private readonly Lazy<double[]> _row = new(() => ScoreTransforms.UntiedScores(targets));

    public double[] Global => _global.Value;

    public double[] Row => _row.Value;
}

/// <summary>One group's raw scores over all pairs: a measure's, a measure family's, or a kind of transitive path's.</summary>
internal sealed record ScoreBlock(string Group, double[] Scores, bool IsPath)
{
    /// <summary>Whether the measure also enters through its family's block (<see cref="MeasureFamily"/>).</summary>
    public bool IsFamilyMember { get; init; }
}
