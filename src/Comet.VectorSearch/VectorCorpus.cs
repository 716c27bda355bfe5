namespace Comet.VectorSearch;

/// <summary>
/// The vectors searched over: <see cref="Count"/> rows of <see cref="Dimensions"/> floats, row-major.
/// Immutable and validated once (non-empty, whole rows, finite values), so back-ends need not check.
/// </summary>
public sealed class VectorCorpus
{
    private readonly float[] _values;

    private VectorCorpus(float[] values, int dimensions)
    {
        _values = values;
        Dimensions = dimensions;
        Count = values.Length / dimensions;
    }

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>All rows, row-major.</summary>
    public ReadOnlyMemory<float> Values => _values;

    public ReadOnlySpan<float> Row(int index) => _values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>Copies <paramref name="values"/> (row-major, <c>Count x dimensions</c>) into a corpus.</summary>
    /// <exception cref="ArgumentException">Empty, not whole rows, or a value that is NaN or infinite.</exception>
    public static VectorCorpus FromRowMajor(ReadOnlySpan<float> values, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (values.IsEmpty)
        {
            throw new ArgumentException("The corpus is empty: a vector search needs at least one corpus vector.", nameof(values));
        }

        VectorValidation.RequireWholeFiniteRows(values, dimensions, nameof(values));
        return new VectorCorpus(values.ToArray(), dimensions);
    }

    /// <summary>Builds a corpus from one array per row; every row must have the same length.</summary>
    public static VectorCorpus FromRows(IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("The corpus is empty: a vector search needs at least one corpus vector.", nameof(rows));
        }

        var dimensions = rows[0].Length;
        var values = new float[checked(rows.Count * dimensions)];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != dimensions)
            {
                throw new ArgumentException(
                    $"Row {i} has {rows[i].Length} dimensions but row 0 has {dimensions}.", nameof(rows));
            }

            rows[i].CopyTo(values, i * dimensions);
        }

        return FromRowMajor(values, dimensions);
    }
}
