namespace Comet.VectorSearch;

/// <summary>Dense query x corpus scores, row-major (one row per query).</summary>
public sealed class ScoreMatrix
{
    private readonly float[] _values;

    public ScoreMatrix(int rows, int columns, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {(long)rows * columns} values, got {values.Length}.", nameof(values));
        }

        Rows = rows;
        Columns = columns;
        _values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    public float this[int row, int column] => _values[((long)row * Columns) + column];

    public ReadOnlySpan<float> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>The raw row-major storage.</summary>
    public ReadOnlySpan<float> Values => _values;
}
