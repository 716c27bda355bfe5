namespace Comet.Inference.Features;

/// <summary>The observation vectors x_st of all pairs, stored column by column for vectorised loops.</summary>
internal sealed class FeatureSet
{
    public FeatureSet(IReadOnlyList<FeatureColumn> columns, int rows, int targets)
    {
        Columns = columns;
        Sources = rows;
        Targets = targets;
        Groups = columns.Select(c => c.Group).Distinct(StringComparer.Ordinal).ToArray();
        PathGroups = columns.Where(c => c.IsPath).Select(c => c.Group).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<FeatureColumn> Columns { get; }

    /// <summary>Distinct group names in first-seen order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The groups that are transitive path evidence (explanations list them apart from the measures).</summary>
    public IReadOnlySet<string> PathGroups { get; }

    public int Sources { get; }

    public int Targets { get; }

    public int Dimension => Columns.Count;

    public int PairCount => Sources * Targets;

    public double this[int feature, int pair] => Columns[feature].Values[pair];

    public FeatureSet Append(IEnumerable<FeatureColumn> more) => new([.. Columns, .. more], Sources, Targets);
}
