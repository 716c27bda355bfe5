namespace Comet.VectorSearch.Cpu;

/// <summary>Register width the CPU kernel uses. Results are identical for every width.</summary>
public enum SimdWidth
{
    /// <summary>The widest width the machine accelerates (512, else 256, else 128 bits).</summary>
    Auto,
    Bits128,
    Bits256,
    Bits512,
}
