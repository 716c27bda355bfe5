using System.Runtime.Intrinsics;

namespace Comet.VectorSearch.Cpu;

/// <summary>The blocked kernel for one register width, behind a non-generic face.</summary>
internal unsafe interface IPanelScorer
{
    string WidthName { get; }

    int PanelWidth { get; }

    int RowsPerStep { get; }

    void ScorePanel(float* queries, int rowCount, int dimensions, float* panel, float* tile);
}

internal sealed unsafe class PanelScorer<TLane, TVector>(string widthName) : IPanelScorer
    where TLane : struct, ISimdLane<TVector>
    where TVector : struct
{
    public string WidthName { get; } = widthName;

    public int PanelWidth => BlockedDotKernel<TLane, TVector>.PanelWidth;

    public int RowsPerStep => BlockedDotKernel<TLane, TVector>.RowsPerStep;

    public void ScorePanel(float* queries, int rowCount, int dimensions, float* panel, float* tile) =>
        BlockedDotKernel<TLane, TVector>.ScorePanel(queries, rowCount, dimensions, panel, tile);
}

internal static class PanelScorers
{
    public static IPanelScorer For(SimdWidth width) => Resolve(width) switch
    {
        SimdWidth.Bits512 => new PanelScorer<Lane512, Vector512<float>>("avx512"),
        SimdWidth.Bits256 => new PanelScorer<Lane256, Vector256<float>>("256-bit"),
        _ => new PanelScorer<Lane128, Vector128<float>>("128-bit"),
    };

    /// <summary>The widest accelerated width when <paramref name="width"/> is Auto.</summary>
    public static SimdWidth Resolve(SimdWidth width) => width switch
    {
        SimdWidth.Auto when Vector512.IsHardwareAccelerated => SimdWidth.Bits512,
        SimdWidth.Auto when Vector256.IsHardwareAccelerated => SimdWidth.Bits256,
        SimdWidth.Auto => SimdWidth.Bits128,
        _ => width,
    };
}
