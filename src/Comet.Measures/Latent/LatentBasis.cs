using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Measures.Latent;

/// <summary>
/// The last decomposition of a project, kept as the start of the next one when a few documents changed
/// (<see cref="SubspaceRefinement"/>): a fingerprint of each document's text, row by row, and the left
/// Ritz vectors (wanted and spare columns). Stored in <see cref="LatentCache"/> under a key made of the
/// ordered document ids and the settings, not the content, so an edited file finds it.
/// </summary>
/// <param name="Fingerprints">Per row (sources, then targets), the first 8 bytes of SHA-256 of the document's text.</param>
/// <param name="Vectors">Rows x m orthonormal columns.</param>
public sealed record LatentBasis(ulong[] Fingerprints, Matrix<double> Vectors)
{
    /// <summary>Per document, the first 8 bytes of SHA-256 of its UTF-8 text.</summary>
    public static ulong[] Fingerprint(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return [.. texts.Select(t => BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(t))))];
    }

    /// <summary>The rows whose fingerprint differs from <paramref name="fingerprints"/>; null when the row counts differ.</summary>
    public int[]? ChangedRows(ulong[] fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        return fingerprints.Length != Fingerprints.Length ? null : [.. Enumerable.Range(0, fingerprints.Length).Where(i => fingerprints[i] != Fingerprints[i])];
    }

    /// <summary>
    /// The warm start's block, orthonormal: the stored vectors (orthonormal already: Ritz vectors) and, per
    /// changed row, that row's unit vector made orthogonal to the rest (twice, for rounding). Without the
    /// latter the changed documents' own coordinates could only be combinations of their old values. A
    /// unit vector that lies in the span already (to 1e-10) adds nothing and is left out.
    /// </summary>
    public Matrix<double> StartBlock(IReadOnlyList<int> changedRows)
    {
        ArgumentNullException.ThrowIfNull(changedRows);
        var columns = Enumerable.Range(0, Vectors.ColumnCount).Select(c => Vectors.Column(c).ToArray()).ToList();
        foreach (var row in changedRows)
        {
            var unit = new double[Vectors.RowCount];
            unit[row] = 1.0;
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var column in columns)
                {
                    TensorPrimitives.MultiplyAdd(column, -TensorPrimitives.Dot(unit, column), unit, unit);
                }
            }

            var norm = TensorPrimitives.Norm(unit);
            if (norm > 1e-10)
            {
                TensorPrimitives.Divide(unit, norm, unit);
                columns.Add(unit);
            }
        }

        return Matrix<double>.Build.DenseOfColumnArrays(columns);
    }

    internal byte[] Encode()
    {
        var values = Vectors.ToColumnMajorArray();
        var bytes = new byte[8 + (8 * Fingerprints.Length) + (8 * values.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Vectors.RowCount);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Vectors.ColumnCount);
        MemoryMarshal.AsBytes(Fingerprints.AsSpan()).CopyTo(bytes.AsSpan(8));
        MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(bytes.AsSpan(8 + (8 * Fingerprints.Length)));
        return bytes;
    }

    /// <summary>The basis in <paramref name="bytes"/>, or null when they are missing, damaged or from another byte order.</summary>
    internal static LatentBasis? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < 8 || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        var rows = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var columns = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        if (rows < 0 || columns < 0 || 8L + (8L * rows) + (8L * rows * columns) != bytes.Length)
        {
            return null;
        }

        var fingerprints = MemoryMarshal.Cast<byte, ulong>(bytes.AsSpan(8, 8 * rows)).ToArray();
        var values = MemoryMarshal.Cast<byte, double>(bytes.AsSpan(8 + (8 * rows))).ToArray();
        return values.All(double.IsFinite) ? new LatentBasis(fingerprints, Matrix<double>.Build.Dense(rows, columns, values)) : null;
    }
}
