using Microsoft.ML.OnnxRuntime;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// How <see cref="MiniLmEncoder"/> runs the model. The defaults are the measured best on a 2-core
/// machine (docs/benchmarks.md "Embedding throughput"); the embeddings benchmark compares others.
/// </summary>
internal sealed record MiniLmSettings
{
    /// <summary>ONNX Runtime threads inside one operator; 0 lets ONNX Runtime pick (one per physical core).</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>
    /// Whether idle ONNX Runtime worker threads spin waiting for work. Spinning saves microseconds per
    /// operator on an idle machine and burns cores another process needs on a busy one (a CI agent,
    /// our shared 2-core machine, where turning it off measured 1.7-2.5x faster). Default off.
    /// </summary>
    public bool AllowSpinning { get; init; }

    /// <summary>Graph rewrites at load time (fusions of attention, GELU, layer norm at the higher levels).</summary>
    public GraphOptimizationLevel Optimization { get; init; } = GraphOptimizationLevel.ORT_ENABLE_ALL;

    /// <summary>ONNX Runtime's CPU memory arena (reuses buffers between calls).</summary>
    public bool MemoryArena { get; init; } = true;

    /// <summary>Plans buffers per input shape; every batch has a new shape here, so it mostly costs planning.</summary>
    public bool MemoryPattern { get; init; }

    /// <summary>Most positions (texts x longest text) in one model call.</summary>
    public int TokensPerBatch { get; init; } = 8192;

    /// <summary>Most texts in one model call.</summary>
    public int MaxBatchTexts { get; init; } = 64;

    /// <summary>
    /// Largest share of a model call's positions that may be padding: a batch of texts sorted by
    /// length closes before a text that would pad the others past it.
    /// </summary>
    public double MaxPadding { get; init; } = 0.02;

    public SessionOptions CreateSessionOptions()
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = Optimization,
            EnableCpuMemArena = MemoryArena,
            EnableMemoryPattern = MemoryPattern,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", AllowSpinning ? "1" : "0");
        if (IntraOpThreads > 0)
        {
            options.IntraOpNumThreads = IntraOpThreads;
        }

        return options;
    }

    public override string ToString() =>
        FormattableString.Invariant(
            $"{Optimization}, intra-op threads {(IntraOpThreads > 0 ? IntraOpThreads.ToString(System.Globalization.CultureInfo.InvariantCulture) : "auto")}, spinning {(AllowSpinning ? "on" : "off")}, arena {(MemoryArena ? "on" : "off")}, memory pattern {(MemoryPattern ? "on" : "off")}, {TokensPerBatch} tokens / {MaxBatchTexts} texts per batch, padding at most {MaxPadding:P0}");
}
