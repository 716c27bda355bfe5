using System.Diagnostics;
using Comet.VectorSearch.Selection;
using ILGPU;
using ILGPU.Runtime;

namespace Comet.VectorSearch.Gpu;

/// <summary>
/// One query batch on the device: uploads the queries, walks them in chunks of rows whose scores
/// fit the chunk buffer, and records how long each phase took.
/// </summary>
internal sealed class GpuTopKRun(
    Accelerator accelerator,
    GpuKernelSet kernels,
    GpuSearchOptions options,
    ArrayView<float> corpus,
    int dimensions,
    int corpusSize)
{
    private readonly Stopwatch _clock = new();
    private TimeSpan _upload;
    private TimeSpan _kernels;
    private TimeSpan _download;
    private TimeSpan _hostSelect;

    public GpuTimings Timings => new(_upload, _kernels, _download, _hostSelect);

    /// <summary>Query rows per chunk: as many as fit the score buffer, a multiple of the 64-row tile.</summary>
    private int ChunkRows(int queryCount)
    {
        var fit = options.MaxScoreChunkBytes / sizeof(float) / corpusSize;
        var rows = Math.Max(ScoreKernels.Tile, fit / ScoreKernels.Tile * ScoreKernels.Tile);
        return (int)Math.Min(rows, Math.Max(1, queryCount));
    }

    public TopKResult SelectOnDevice(ReadOnlyMemory<float> queries, int queryCount, int k)
    {
        if (queryCount == 0)
        {
            return new TopKResult(0, k, []);
        }

        var chunk = ChunkRows(queryCount);
        using var queryBuffer = Upload(queries);
        using var scores = accelerator.Allocate1D<float>((long)chunk * corpusSize);
        using var candidateScores = accelerator.Allocate1D<float>((long)chunk * SelectKernels.ThreadsPerRow * k);
        using var candidateIndices = accelerator.Allocate1D<int>((long)chunk * SelectKernels.ThreadsPerRow * k);
        using var resultScores = accelerator.Allocate1D<float>((long)queryCount * k);
        using var resultIndices = accelerator.Allocate1D<int>((long)queryCount * k);

        _clock.Restart();
        for (var start = 0; start < queryCount; start += chunk)
        {
            var rows = Math.Min(chunk, queryCount - start);
            var shape = new ScoreShape(rows, corpusSize, dimensions);
            kernels.Score(options.Kernel, QueryRows(queryBuffer, start, rows), corpus, scores.View, shape);
            kernels.Select(scores.View, candidateScores.View, candidateIndices.View, resultScores.View, resultIndices.View, new SelectShape(rows, corpusSize, k, start));
        }

        accelerator.Synchronize();
        _kernels = _clock.Elapsed;

        _clock.Restart();
        var hostScores = resultScores.GetAsArray1D();
        var hostIndices = resultIndices.GetAsArray1D();
        _download = _clock.Elapsed;

        var neighbors = new Neighbor[hostScores.Length];
        for (var i = 0; i < neighbors.Length; i++)
        {
            neighbors[i] = new Neighbor(hostIndices[i], hostScores[i]);
        }

        return new TopKResult(queryCount, k, neighbors);
    }

    public TopKResult SelectOnHost(ReadOnlyMemory<float> queries, int queryCount, int k)
    {
        var neighbors = new Neighbor[queryCount * k];
        ForEachScoreChunk(queries, queryCount, (start, rows, hostScores) =>
        {
            _clock.Restart();
            Parallel.For(0, rows, () => new TopKHeap(k), (row, _, heap) =>
            {
                RowSelector.SelectInto(hostScores.AsSpan(row * corpusSize, corpusSize), heap, neighbors.AsSpan((start + row) * k, k));
                return heap;
            }, _ => { });
            _hostSelect += _clock.Elapsed;
        });
        return new TopKResult(queryCount, k, neighbors);
    }

    public ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries, int queryCount)
    {
        var size = (long)queryCount * corpusSize;
        if (size > Array.MaxLength)
        {
            throw new ArgumentException($"A {queryCount} x {corpusSize} score matrix does not fit one array; use TopK.", nameof(queries));
        }

        var output = new float[size];
        ForEachScoreChunk(queries, queryCount, (start, rows, hostScores) =>
            hostScores.AsSpan(0, rows * corpusSize).CopyTo(output.AsSpan(start * corpusSize)));
        return new ScoreMatrix(queryCount, corpusSize, output);
    }

    /// <summary>Scores each chunk on the device and hands it, copied to the host, to <paramref name="consume"/>.</summary>
    private void ForEachScoreChunk(ReadOnlyMemory<float> queries, int queryCount, Action<int, int, float[]> consume)
    {
        if (queryCount == 0)
        {
            return;
        }

        var chunk = ChunkRows(queryCount);
        using var queryBuffer = Upload(queries);
        using var scores = accelerator.Allocate1D<float>((long)chunk * corpusSize);
        var hostScores = new float[(long)chunk * corpusSize];
        for (var start = 0; start < queryCount; start += chunk)
        {
            var rows = Math.Min(chunk, queryCount - start);
            _clock.Restart();
            kernels.Score(options.Kernel, QueryRows(queryBuffer, start, rows), corpus, scores.View, new ScoreShape(rows, corpusSize, dimensions));
            accelerator.Synchronize();
            _kernels += _clock.Elapsed;

            _clock.Restart();
            scores.View.SubView(0, (long)rows * corpusSize).CopyToCPU(accelerator.DefaultStream, hostScores.AsSpan(0, rows * corpusSize));
            accelerator.Synchronize();
            _download += _clock.Elapsed;
            consume(start, rows, hostScores);
        }
    }

    private MemoryBuffer1D<float, Stride1D.Dense> Upload(ReadOnlyMemory<float> queries)
    {
        _clock.Restart();
        var buffer = accelerator.Allocate1D<float>(queries.Length);
        buffer.View.CopyFromCPU(accelerator.DefaultStream, queries.Span);
        accelerator.Synchronize();
        _upload += _clock.Elapsed;
        return buffer;
    }

    private ArrayView<float> QueryRows(MemoryBuffer1D<float, Stride1D.Dense> queries, int start, int rows) =>
        queries.View.SubView((long)start * dimensions, (long)rows * dimensions);
}
