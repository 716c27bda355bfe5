using Comet.Core.Artifacts;
using Comet.Core.Similarity;

namespace Comet.Reporting.Html.Building;

/// <summary>Finds one measure's score and its rank within the source's row by ids (matrices may order ids differently).</summary>
internal sealed class MeasureLookup
{
    private readonly SimilarityMatrix _matrix;
    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int> _columns;

    public MeasureLookup(string name, SimilarityMatrix matrix)
    {
        Name = name;
        _matrix = matrix;
        _rows = IdPositions.Of(matrix.SourceIds, "The score matrix");
        _columns = IdPositions.Of(matrix.TargetIds, "The score matrix");
    }

    public string Name { get; }

    public int Columns => _matrix.Columns;

    public double ScoreOf(string sourceId, string targetId) =>
        _rows.TryGetValue(sourceId, out var i) && _columns.TryGetValue(targetId, out var j) ? _matrix[i, j] : double.NaN;

    /// <summary>1 + the number of targets this measure scores strictly higher for the source (ties share a rank); 0 if unscored.</summary>
    public int RankInRow(string sourceId, string targetId)
    {
        var score = ScoreOf(sourceId, targetId);
        if (!double.IsFinite(score))
        {
            return 0;
        }

        var higher = 0;
        foreach (var other in _matrix.Row(_rows[sourceId]))
        {
            if (other > score)
            {
                higher++;
            }
        }

        return higher + 1;
    }
}
