using ILGPU;
using ILGPU.Runtime;

namespace Comet.VectorSearch.Gpu;

/// <summary>The score and selection kernels, compiled once per accelerator, with typed launchers.</summary>
internal sealed class GpuKernelSet
{
    private readonly Action<Index2D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ScoreShape> _simple;
    private readonly Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, ScoreShape> _tiled;
    private readonly Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<int>, SelectShape> _partial;
    private readonly Action<Index1D, ArrayView<float>, ArrayView<int>, ArrayView<float>, ArrayView<int>, SelectShape> _merge;

    public GpuKernelSet(Accelerator accelerator)
    {
        _simple = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ScoreShape>(ScoreKernels.Simple);
        _tiled = accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, ScoreShape>(ScoreKernels.Tiled);
        _partial = accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<int>, SelectShape>(SelectKernels.Partial);
        _merge = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<int>, ArrayView<float>, ArrayView<int>, SelectShape>(SelectKernels.Merge);
    }

    public void Score(GpuScoreKernel kernel, ArrayView<float> queries, ArrayView<float> corpus, ArrayView<float> scores, ScoreShape shape)
    {
        if (kernel == GpuScoreKernel.Simple)
        {
            _simple(new Index2D(shape.Columns, shape.Rows), queries, corpus, scores, shape);
            return;
        }

        var grid = new Index2D(Tiles(shape.Columns), Tiles(shape.Rows));
        var group = new Index2D(ScoreKernels.ThreadsPerEdge, ScoreKernels.ThreadsPerEdge);
        _tiled(new KernelConfig(grid, group), queries, corpus, scores, shape);
    }

    /// <summary>Top-k of each chunk row into rows <c>offset..offset+rows</c> of the result buffers.</summary>
    public void Select(
        ArrayView<float> scores,
        ArrayView<float> candidateScores,
        ArrayView<int> candidateIndices,
        ArrayView<float> resultScores,
        ArrayView<int> resultIndices,
        SelectShape shape)
    {
        _partial(new KernelConfig(shape.Rows, SelectKernels.ThreadsPerRow), scores, candidateScores, candidateIndices, shape);
        var mergeShape = shape with { Columns = SelectKernels.ThreadsPerRow * shape.K };
        _merge(shape.Rows, candidateScores, candidateIndices, resultScores, resultIndices, mergeShape);
    }

    private static int Tiles(int length) => (length + ScoreKernels.Tile - 1) / ScoreKernels.Tile;
}
