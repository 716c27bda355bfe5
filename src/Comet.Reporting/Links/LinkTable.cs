using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Reporting.Links;

/// <summary>
/// The rows a trace run reports: every candidate pair, ranked by the primary score, with the score of
/// every measure beside it so a user can see why a pair ranks where it does.
/// </summary>
public sealed class LinkTable
{
    public LinkTable(
        RankedLinks ranking,
        IReadOnlyDictionary<string, SimilarityMatrix> scoresByMeasure,
        Func<ScoredLink, LinkDetail>? details = null)
    {
        Details = details;
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(scoresByMeasure);
        Ranking = ranking;
        ScoresByMeasure = scoresByMeasure;
        _index = scoresByMeasure.ToDictionary(
            kv => kv.Key,
            kv => (Rows: IdPositions.Of(kv.Value.SourceIds, "The score matrix"),
                   Columns: IdPositions.Of(kv.Value.TargetIds, "The score matrix")),
            StringComparer.Ordinal);
    }

    private readonly Dictionary<string, (Dictionary<string, int> Rows, Dictionary<string, int> Columns)> _index;

    public RankedLinks Ranking { get; }

    /// <summary>The model's view of each link; null when no model ran (then the score is a similarity).</summary>
    public Func<ScoredLink, LinkDetail>? Details { get; }

    public IReadOnlyDictionary<string, SimilarityMatrix> ScoresByMeasure { get; }

    public IReadOnlyList<string> MeasureNames => [.. ScoresByMeasure.Keys];

    /// <summary>The score of one measure for a pair (NaN if the measure did not score it).</summary>
    public double ScoreOf(string measure, ScoredLink link)
    {
        var (rows, columns) = _index[measure];
        return rows.TryGetValue(link.SourceId, out var i) && columns.TryGetValue(link.TargetId, out var j)
            ? ScoresByMeasure[measure][i, j]
            : double.NaN;
    }
}
