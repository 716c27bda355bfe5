namespace Comet.VectorSearch.Cpu;

/// <summary>
/// The corpus re-laid for the blocked kernel: consecutive corpus rows grouped into panels of
/// <see cref="PanelWidth"/> rows, each panel stored dimension-major (for every dimension the
/// panel's rows side by side). One vector load then fetches one dimension of many corpus rows,
/// which the kernel multiplies by one broadcast query value: no horizontal sums are needed.
/// The last panel is zero-padded; callers ignore its padded columns.
/// </summary>
internal sealed unsafe class PackedPanels
{
    private const int AlignmentFloats = 16; // 64 bytes: one cache line, one AVX-512 register.
    private readonly float[] _storage;
    private readonly int _offset;

    public PackedPanels(VectorCorpus corpus, int panelWidth)
    {
        PanelWidth = panelWidth;
        Dimensions = corpus.Dimensions;
        RowCount = corpus.Count;
        PanelCount = (corpus.Count + panelWidth - 1) / panelWidth;
        PanelStride = checked(Dimensions * panelWidth);

        // Pinned (never moved by the GC), so raw pointers into it stay valid; over-allocated so
        // the first panel can start on a cache-line boundary and aligned loads never split lines.
        _storage = GC.AllocateArray<float>(checked((PanelCount * PanelStride) + AlignmentFloats), pinned: true);
        fixed (float* start = _storage)
        {
            var misalignment = (int)(((nuint)start / sizeof(float)) % AlignmentFloats);
            _offset = misalignment == 0 ? 0 : AlignmentFloats - misalignment;
        }

        var source = corpus.Values.Span;
        var target = _storage.AsSpan(_offset);
        for (var row = 0; row < RowCount; row++)
        {
            var panel = row / panelWidth;
            var lane = row % panelWidth;
            var baseIndex = (panel * PanelStride) + lane;
            var vector = source.Slice(row * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                target[baseIndex + (d * panelWidth)] = vector[d];
            }
        }
    }

    public int PanelWidth { get; }

    public int PanelCount { get; }

    public int Dimensions { get; }

    public int RowCount { get; }

    /// <summary>Floats per panel: Dimensions x PanelWidth.</summary>
    public int PanelStride { get; }

    /// <summary>Pointer to panel 0; valid for the object's lifetime because the storage is pinned.</summary>
    public float* Base
    {
        get
        {
            fixed (float* start = _storage)
            {
                return start + _offset;
            }
        }
    }

    /// <summary>How many of a panel's columns are real corpus rows (the last one may be short).</summary>
    public int ValidColumns(int panel) => Math.Min(PanelWidth, RowCount - (panel * PanelWidth));
}
