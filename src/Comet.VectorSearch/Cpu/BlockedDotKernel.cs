namespace Comet.VectorSearch.Cpu;

/// <summary>
/// Register-blocked dot products: <see cref="RowsPerStep"/> query rows against one packed panel
/// (two vector registers of corpus rows) at a time, twelve accumulators live in registers. Per
/// dimension it issues 2 loads + 6 broadcasts for 12 fused multiply-adds, so it is bound by FMA
/// throughput, not by memory. Every score is summed over dimensions in ascending order with one
/// FMA per dimension, so results are bit-identical for every register width and thread count.
/// </summary>
internal static unsafe class BlockedDotKernel<TLane, TVector>
    where TLane : struct, ISimdLane<TVector>
    where TVector : struct
{
    public const int RowsPerStep = 6;

    /// <summary>Panel width this kernel expects: two registers.</summary>
    public static int PanelWidth => 2 * TLane.Width;

    /// <summary>
    /// Scores <paramref name="rowCount"/> query rows (a multiple of <see cref="RowsPerStep"/>,
    /// row stride = dimensions) against one panel, writing <c>rowCount x PanelWidth</c> scores.
    /// </summary>
    public static void ScorePanel(float* queries, int rowCount, int dimensions, float* panel, float* tile)
    {
        var panelWidth = PanelWidth;
        for (var row = 0; row < rowCount; row += RowsPerStep)
        {
            SixRows(queries + (row * dimensions), dimensions, panel, tile + (row * panelWidth));
        }
    }

    private static void SixRows(float* q, int dimensions, float* panel, float* tile)
    {
        var width = TLane.Width;
        var panelWidth = 2 * width;
        float* q0 = q, q1 = q0 + dimensions, q2 = q1 + dimensions, q3 = q2 + dimensions, q4 = q3 + dimensions, q5 = q4 + dimensions;
        TVector a00 = TLane.Zero, a01 = TLane.Zero, a10 = TLane.Zero, a11 = TLane.Zero, a20 = TLane.Zero, a21 = TLane.Zero;
        TVector a30 = TLane.Zero, a31 = TLane.Zero, a40 = TLane.Zero, a41 = TLane.Zero, a50 = TLane.Zero, a51 = TLane.Zero;
        var column = panel;
        for (var d = 0; d < dimensions; d++, column += panelWidth)
        {
            var c0 = TLane.Load(column);
            var c1 = TLane.Load(column + width);
            var b = TLane.Broadcast(q0[d]);
            a00 = TLane.MultiplyAdd(b, c0, a00);
            a01 = TLane.MultiplyAdd(b, c1, a01);
            b = TLane.Broadcast(q1[d]);
            a10 = TLane.MultiplyAdd(b, c0, a10);
            a11 = TLane.MultiplyAdd(b, c1, a11);
            b = TLane.Broadcast(q2[d]);
            a20 = TLane.MultiplyAdd(b, c0, a20);
            a21 = TLane.MultiplyAdd(b, c1, a21);
            b = TLane.Broadcast(q3[d]);
            a30 = TLane.MultiplyAdd(b, c0, a30);
            a31 = TLane.MultiplyAdd(b, c1, a31);
            b = TLane.Broadcast(q4[d]);
            a40 = TLane.MultiplyAdd(b, c0, a40);
            a41 = TLane.MultiplyAdd(b, c1, a41);
            b = TLane.Broadcast(q5[d]);
            a50 = TLane.MultiplyAdd(b, c0, a50);
            a51 = TLane.MultiplyAdd(b, c1, a51);
        }

        TLane.Store(a00, tile);
        TLane.Store(a01, tile + width);
        TLane.Store(a10, tile + panelWidth);
        TLane.Store(a11, tile + panelWidth + width);
        TLane.Store(a20, tile + (2 * panelWidth));
        TLane.Store(a21, tile + (2 * panelWidth) + width);
        TLane.Store(a30, tile + (3 * panelWidth));
        TLane.Store(a31, tile + (3 * panelWidth) + width);
        TLane.Store(a40, tile + (4 * panelWidth));
        TLane.Store(a41, tile + (4 * panelWidth) + width);
        TLane.Store(a50, tile + (5 * panelWidth));
        TLane.Store(a51, tile + (5 * panelWidth) + width);
    }
}
