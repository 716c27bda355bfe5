using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Comet.Preprocessing.Caching;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace Comet.Measures.Latent;

/// <summary>
/// LSI's document vectors (U_k S_k) on disk, keyed by the exact weighted documents x terms matrix and
/// every setting that shapes the decomposition (<c>root/lsi/...</c>, a <see cref="ContentStore"/>):
/// a warm trace over unchanged files reads them instead of running Lanczos again (issue 20), and gets
/// the same bits, hence the same scores. Any changed cell gives another key, so a changed file means a
/// full recomputation, never a stale basis.
/// </summary>
/// <remarks>
/// The key also holds the module version id of Comet.Measures (deterministic builds: it changes when the
/// measure's code does), MathNet's version and its linear-algebra provider, so an upgrade never reads
/// vectors another implementation computed.
/// </remarks>
public sealed class LatentCache
{
    private readonly ContentStore _store;

    public LatentCache(string root) => _store = new ContentStore(root, "lsi");

    public Matrix<double>? TryGet(string key) => Decode(_store.TryGet(key));

    public void Put(string key, Matrix<double> latent)
    {
        ArgumentNullException.ThrowIfNull(latent);
        _store.Put(key, Encode(latent));
    }

    /// <summary>The last decomposition stored under <paramref name="key"/> (<see cref="BasisKey"/>), or null.</summary>
    public LatentBasis? TryGetBasis(string key) => LatentBasis.Decode(_store.TryGet(key));

    /// <summary>
    /// Replaces the basis under <paramref name="key"/>. Unlike the content-keyed entries, two writers may
    /// write different bytes under one key; the rename makes the last one win whole, and either is a valid start.
    /// </summary>
    public void PutBasis(string key, LatentBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        _store.Put(key, basis.Encode());
    }

    /// <summary>The key of one decomposition: the matrix's content hash and the settings that shape the result.</summary>
    public static string Key(SparseRowMatrix matrix, int dimensions, int denseLimit, int seed, double tolerance, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return string.Join('|', "lsi-v1", Settings(dimensions, denseLimit, seed, tolerance, maxSteps), matrix.ContentHash());
    }

    /// <summary>
    /// The key of a project's last decomposition (<see cref="LatentBasis"/>): its documents' ids in row
    /// order and the settings, not their text, so that the same project with an edited file finds it.
    /// </summary>
    public static string BasisKey(IEnumerable<string> documentIds, int dimensions, int denseLimit, int seed, double tolerance, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(documentIds);

        // Ids joined by a character no file path holds, hashed so the key text stays short.
        var ids = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', documentIds))));
        return string.Join('|', "lsi-basis-v1", Settings(dimensions, denseLimit, seed, tolerance, maxSteps), ids);
    }

    private static string Settings(int dimensions, int denseLimit, int seed, double tolerance, int maxSteps) => string.Join(
        '|',
        typeof(LatentCache).Module.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture),
        typeof(Matrix<double>).Assembly.GetName().Version?.ToString() ?? "",
        LinearAlgebraControl.Provider.ToString(),
        FormattableString.Invariant($"k={dimensions},dense={denseLimit},seed={seed},tol={tolerance:R},steps={maxSteps}"));

    internal static byte[] Encode(Matrix<double> latent)
    {
        var values = latent.ToColumnMajorArray();
        var bytes = new byte[8 + (8 * values.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, latent.RowCount);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), latent.ColumnCount);
        MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    internal static Matrix<double>? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < 8 || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        var rows = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var columns = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        if (rows < 0 || columns < 0 || (long)rows * columns * 8 != bytes.Length - 8)
        {
            return null;
        }

        var values = MemoryMarshal.Cast<byte, double>(bytes.AsSpan(8)).ToArray();
        return values.All(double.IsFinite) ? Matrix<double>.Build.Dense(rows, columns, values) : null;
    }
}
