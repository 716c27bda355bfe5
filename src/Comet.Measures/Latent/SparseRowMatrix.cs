using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Latent;

/// <summary>
/// A sparse matrix in compressed rows, with the one operation a truncated SVD needs: the product with a
/// vector (its transpose, built once, serves A'x). Kept apart from MathNet's SparseMatrix because
/// that one's builder from indexed cells allocates a tuple per cell and its products allocate per call.
/// </summary>
public sealed class SparseRowMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _columnIds;
    private readonly double[] _values;

    private SparseRowMatrix(int rows, int columns, int[] rowStarts, int[] columnIds, double[] values)
    {
        Rows = rows;
        Columns = columns;
        _rowStarts = rowStarts;
        _columnIds = columnIds;
        _values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Number of stored cells.</summary>
    public int StoredCount => _values.Length;

    /// <summary>
    /// A matrix from its rows: <paramref name="rows"/>[i] holds row i's column ids (distinct, each below
    /// <paramref name="columns"/>) and the values aligned with them.
    /// </summary>
    public static SparseRowMatrix FromRows(IReadOnlyList<(int[] ColumnIds, double[] Values)> rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        var starts = new int[rows.Count + 1];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].ColumnIds.Length != rows[i].Values.Length)
            {
                throw new ArgumentException($"Row {i}: column ids and values differ in length.", nameof(rows));
            }

            // checked: more than 2^31 cells would need 24 GB anyway; fail clearly instead of wrapping.
            starts[i + 1] = checked(starts[i] + rows[i].ColumnIds.Length);
        }

        var ids = new int[starts[^1]];
        var values = new double[starts[^1]];
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var id in rows[i].ColumnIds)
            {
                if ((uint)id >= (uint)columns)
                {
                    throw new ArgumentException($"Row {i}: column id {id} is outside 0..{columns - 1}.", nameof(rows));
                }
            }

            rows[i].ColumnIds.CopyTo(ids, starts[i]);
            rows[i].Values.CopyTo(values, starts[i]);
        }

        return new SparseRowMatrix(rows.Count, columns, starts, ids, values);
    }

    /// <summary>
    /// SHA-256 of the shape, the structure and the exact bits of every value, as lower-case hex: equal
    /// for two matrices exactly when they are equal cell for cell (up to hash collisions), so it can key
    /// a cached decomposition.
    /// </summary>
    public string ContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<int> shape = [Rows, Columns];
        hash.AppendData(MemoryMarshal.AsBytes(shape));
        hash.AppendData(MemoryMarshal.AsBytes(_rowStarts.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(_columnIds.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(_values.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The transpose, also in compressed rows (a counting sort of the cells by column).</summary>
    public SparseRowMatrix Transpose()
    {
        var starts = new int[Columns + 1];
        foreach (var id in _columnIds)
        {
            starts[id + 1]++;
        }

        for (var c = 0; c < Columns; c++)
        {
            starts[c + 1] += starts[c];
        }

        var next = (int[])starts.Clone();
        var ids = new int[_values.Length];
        var values = new double[_values.Length];
        for (var r = 0; r < Rows; r++)
        {
            for (var k = _rowStarts[r]; k < _rowStarts[r + 1]; k++)
            {
                var slot = next[_columnIds[k]]++;
                ids[slot] = r;
                values[slot] = _values[k];
            }
        }

        return new SparseRowMatrix(Columns, Rows, starts, ids, values);
    }

    /// <summary>Writes this matrix times <paramref name="vector"/> (length Columns) into <paramref name="result"/> (length Rows).</summary>
    public void Multiply(double[] vector, double[] result)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(result);
        if (vector.Length != Columns || result.Length != Rows)
        {
            throw new ArgumentException($"Expected a vector of {Columns} and a result of {Rows}, got {vector.Length} and {result.Length}.");
        }

        if (StoredCount < TruncatedSvd.ParallelWork)
        {
            MultiplyRows(vector, result, 0, Rows);
            return;
        }

        // Row ranges are independent; a few per core balance uneven row lengths.
        var chunks = Environment.ProcessorCount * 4;
        Parallel.For(0, chunks, c => MultiplyRows(vector, result, (int)((long)Rows * c / chunks), (int)((long)Rows * (c + 1) / chunks)));
    }

    private void MultiplyRows(double[] vector, double[] result, int from, int to)
    {
        for (var r = from; r < to; r++)
        {
            var sum = 0.0;
            for (var k = _rowStarts[r]; k < _rowStarts[r + 1]; k++)
            {
                sum += _values[k] * vector[_columnIds[k]];
            }

            result[r] = sum;
        }
    }

    /// <summary>
    /// The dense Rows x Rows matrix of row inner products (A A'); callers keep Rows small. Each row is
    /// scattered once into a dense buffer and dotted with the rows after it.
    /// </summary>
    public DenseMatrix RowGram(CancellationToken cancellation = default)
    {
        var gram = new DenseMatrix(Rows, Rows);
        var dense = new double[Math.Max(1, Columns)];
        for (var i = 0; i < Rows; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (var k = _rowStarts[i]; k < _rowStarts[i + 1]; k++)
            {
                dense[_columnIds[k]] = _values[k];
            }

            for (var j = i; j < Rows; j++)
            {
                var dot = 0.0;
                for (var k = _rowStarts[j]; k < _rowStarts[j + 1]; k++)
                {
                    dot += dense[_columnIds[k]] * _values[k];
                }

                gram[i, j] = dot;
                gram[j, i] = dot;
            }

            for (var k = _rowStarts[i]; k < _rowStarts[i + 1]; k++)
            {
                dense[_columnIds[k]] = 0;
            }
        }

        return gram;
    }

    /// <summary>The dense copy; for tests on small matrices only.</summary>
    public DenseMatrix ToDense()
    {
        var dense = new DenseMatrix(Rows, Columns);
        for (var r = 0; r < Rows; r++)
        {
            for (var k = _rowStarts[r]; k < _rowStarts[r + 1]; k++)
            {
                dense[r, _columnIds[k]] = _values[k];
            }
        }

        return dense;
    }
}
