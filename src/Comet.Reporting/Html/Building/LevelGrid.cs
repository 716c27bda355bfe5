using Comet.Core.Artifacts;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Building;

/// <summary>
/// The 0..1 level of every (source, target) pair in matrix order: the model's probability when one is
/// given, else the ranking score min-max scaled over all pairs. Pairs without a value are NaN.
/// </summary>
internal sealed class LevelGrid
{
    private readonly double[] _levels;
    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int> _columns;
    private readonly int _columnCount;

    public LevelGrid(TargetGroupInput input)
    {
        _rows = IdPositions.Of([.. input.Sources.Select(a => a.Id)], "The report's sources");
        _columns = IdPositions.Of([.. input.Targets.Select(a => a.Id)], "The report's targets");
        _columnCount = input.Targets.Count;
        _levels = new double[input.Sources.Count * _columnCount];
        Array.Fill(_levels, double.NaN);
        Kind = input.Probabilities is null ? LevelKind.ScaledScore : LevelKind.Probability;
        var scale = MinMaxScale.Fit(input.Ranking.Select(l => l.Score));
        foreach (var link in input.Ranking)
        {
            if (_rows.TryGetValue(link.SourceId, out var row) && _columns.TryGetValue(link.TargetId, out var column))
            {
                _levels[(row * _columnCount) + column] = input.Probabilities is { } model
                    ? model.ProbabilityOf(link.SourceId, link.TargetId) ?? double.NaN
                    : scale.Apply(link.Score);
            }
        }
    }

    public LevelKind Kind { get; }

    public IReadOnlyList<double> Values => _levels;

    public double Of(string sourceId, string targetId) =>
        _rows.TryGetValue(sourceId, out var row) && _columns.TryGetValue(targetId, out var column)
            ? _levels[(row * _columnCount) + column]
            : double.NaN;
}
