using Comet.Core.Links;

namespace Comet.Core.Similarity;

/// <summary>
/// Scores of every (source, target) pair, stored row-major (one row per source). Rows and columns
/// follow the order of the id lists given at construction.
/// </summary>
public sealed class SimilarityMatrix
{
    private readonly double[] _values;

    public SimilarityMatrix(IReadOnlyList<string> sourceIds, IReadOnlyList<string> targetIds, double[]? values = null)
    {
        SourceIds = sourceIds;
        TargetIds = targetIds;
        var size = checked(sourceIds.Count * targetIds.Count);
        if (values is not null && values.Length != size)
        {
            throw new ArgumentException($"Expected {size} values, got {values.Length}.", nameof(values));
        }

        _values = values ?? new double[size];
    }

    public IReadOnlyList<string> SourceIds { get; }

    public IReadOnlyList<string> TargetIds { get; }

    public int Rows => SourceIds.Count;

    public int Columns => TargetIds.Count;

    public double this[int row, int column]
    {
        get => _values[(row * Columns) + column];
        set => _values[(row * Columns) + column] = value;
    }

    /// <summary>The raw row-major storage (length Rows x Columns), for fast loops.</summary>
    public Span<double> Values => _values;

    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>Every candidate pair's cell, row by row; a self pair (<see cref="SelfPairs"/>) is no candidate and is left out.</summary>
    public IEnumerable<ScoredLink> Cells()
    {
        var self = SelfPairs.Columns(SourceIds, TargetIds);
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                if (j == self[i])
                {
                    continue;
                }

                yield return new ScoredLink(SourceIds[i], TargetIds[j], _values[(i * Columns) + j]);
            }
        }
    }

    /// <summary>A matrix with the same ids whose cells are <paramref name="map"/> of this one's.</summary>
    public SimilarityMatrix Map(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var values = new double[_values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = map(_values[i]);
        }

        return new SimilarityMatrix(SourceIds, TargetIds, values);
    }
}
