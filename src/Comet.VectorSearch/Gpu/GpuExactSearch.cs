using System.Diagnostics;
using ILGPU;
using ILGPU.Runtime;

namespace Comet.VectorSearch.Gpu;

/// <summary>
/// Exact dot-product search through ILGPU. The corpus is uploaded once at construction; each call
/// uploads the queries, scores them chunk by chunk (a bounded score buffer of rows x corpus) and
/// selects the top-k on the device or on the host (<see cref="GpuSelection"/>).
/// Dispose releases the device buffers, the accelerator and the ILGPU context.
/// </summary>
public sealed class GpuExactSearch : IVectorSearch
{
    /// <summary>Largest k selected on the device; larger k falls back to host selection.</summary>
    public const int MaxDeviceK = SelectKernels.MaxK;

    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> _corpus;
    private readonly GpuKernelSet _kernels;
    private readonly GpuSearchOptions _options;

    private GpuExactSearch(VectorCorpus corpus, GpuSearchOptions options, Context context, Accelerator accelerator)
    {
        _options = options;
        _context = context;
        _accelerator = accelerator;
        Dimensions = corpus.Dimensions;
        CorpusSize = corpus.Count;
        DeviceName = accelerator.Name;
        BackendName = $"gpu-exact ({options.Kernel} kernel, {options.Selection} top-k, {accelerator.AcceleratorType}: {accelerator.Name})";
        _kernels = new GpuKernelSet(accelerator);
        var clock = Stopwatch.StartNew();
        _corpus = accelerator.Allocate1D<float>(corpus.Values.Length);
        _corpus.View.CopyFromCPU(accelerator.DefaultStream, corpus.Values.Span);
        accelerator.Synchronize();
        CorpusUploadTime = clock.Elapsed;
    }

    public string BackendName { get; }

    public string DeviceName { get; }

    public int Dimensions { get; }

    public int CorpusSize { get; }

    /// <summary>Time to copy the corpus to the device at construction.</summary>
    public TimeSpan CorpusUploadTime { get; }

    /// <summary>Phase times of the last <see cref="TopK"/> call.</summary>
    public GpuTimings LastTimings { get; private set; } = GpuTimings.Zero;

    /// <summary>
    /// Opens the requested device and uploads the corpus. Throws (InvalidOperationException or an
    /// ILGPU/CUDA exception) when the device is missing or fails; <see cref="VectorSearchFactory"/>
    /// catches that and falls back to the CPU.
    /// </summary>
    public static GpuExactSearch Create(VectorCorpus corpus, GpuSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new GpuSearchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxScoreChunkBytes, 4L * corpus.Count, nameof(options.MaxScoreChunkBytes));
        var (context, device) = IlgpuDevices.Open(options.Device);
        Accelerator? accelerator = null;
        try
        {
            accelerator = device.CreateAccelerator(context);
            return new GpuExactSearch(corpus, options, context, accelerator);
        }
        catch
        {
            accelerator?.Dispose();
            context.Dispose();
            throw;
        }
    }

    public TopKResult TopK(ReadOnlyMemory<float> queries, int k)
    {
        var effectiveK = VectorValidation.EffectiveK(k, CorpusSize);
        var queryCount = VectorValidation.QueryCount(queries, Dimensions);
        var onDevice = _options.Selection == GpuSelection.Device && effectiveK <= MaxDeviceK;
        var run = new GpuTopKRun(_accelerator, _kernels, _options, _corpus.View, Dimensions, CorpusSize);
        var result = onDevice ? run.SelectOnDevice(queries, queryCount, effectiveK) : run.SelectOnHost(queries, queryCount, effectiveK);
        LastTimings = run.Timings;
        return result;
    }

    public ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries)
    {
        var queryCount = VectorValidation.QueryCount(queries, Dimensions);
        var run = new GpuTopKRun(_accelerator, _kernels, _options, _corpus.View, Dimensions, CorpusSize);
        return run.FullMatrix(queries, queryCount);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _accelerator.Dispose();
        _context.Dispose();
    }
}
