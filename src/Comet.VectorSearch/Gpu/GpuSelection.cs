namespace Comet.VectorSearch.Gpu;

/// <summary>Where the per-query top-k is selected from a chunk of GPU scores.</summary>
public enum GpuSelection
{
    /// <summary>
    /// On the device: each of 128 threads per query keeps a partial top-k of its strided share of
    /// the row, a second kernel merges them; only n x k results cross the bus. The default, and
    /// the only choice that keeps transfers independent of corpus size. Needs k &lt;= 32.
    /// </summary>
    Device,

    /// <summary>Score chunks are copied to the host and selected there in parallel (any k).</summary>
    Host,
}
