using ILGPU;

namespace Comet.VectorSearch.Gpu;

/// <summary>
/// Device-side top-k in two passes. Partial: one group per query row, each thread scans a strided
/// share of the row (thread t reads columns t, t + threads, ..., so a warp reads consecutive
/// scores) and keeps its own sorted top-k in local memory. Merge: one thread per query row merges
/// the groups' threads x k candidates. Both use the <see cref="NeighborOrder"/> rule.
/// </summary>
internal static class SelectKernels
{
    /// <summary>Threads per query row in the partial pass.</summary>
    public const int ThreadsPerRow = 128;

    /// <summary>Largest k the kernels support: the size of each thread's local top-k arrays.</summary>
    public const int MaxK = 32;

    /// <summary>Grid = rows, group = <see cref="ThreadsPerRow"/>; writes rows x threads x k candidates.</summary>
    public static void Partial(ArrayView<float> scores, ArrayView<float> candidateScores, ArrayView<int> candidateIndices, SelectShape shape)
    {
        var row = Grid.IdxX;
        var thread = Group.IdxX;
        var bestScores = LocalMemory.Allocate<float>(MaxK);
        var bestIndices = LocalMemory.Allocate<int>(MaxK);
        var count = 0;
        var rowOffset = row * shape.Columns;
        for (var column = thread; column < shape.Columns; column += ThreadsPerRow)
        {
            count = Insert(bestScores, bestIndices, count, shape.K, scores[rowOffset + column], column);
        }

        var outOffset = ((row * ThreadsPerRow) + thread) * shape.K;
        for (var i = 0; i < shape.K; i++)
        {
            candidateScores[outOffset + i] = i < count ? bestScores[i] : float.NegativeInfinity;
            candidateIndices[outOffset + i] = i < count ? bestIndices[i] : -1;
        }
    }

    /// <summary>index = row of the chunk; merges shape.Columns candidates into k results.</summary>
    public static void Merge(
        Index1D index,
        ArrayView<float> candidateScores,
        ArrayView<int> candidateIndices,
        ArrayView<float> resultScores,
        ArrayView<int> resultIndices,
        SelectShape shape)
    {
        var row = index.X;
        if (row >= shape.Rows)
        {
            return;
        }

        var bestScores = LocalMemory.Allocate<float>(MaxK);
        var bestIndices = LocalMemory.Allocate<int>(MaxK);
        var count = 0;
        var inOffset = row * shape.Columns;
        for (var i = 0; i < shape.Columns; i++)
        {
            var candidate = candidateIndices[inOffset + i];
            if (candidate >= 0)
            {
                count = Insert(bestScores, bestIndices, count, shape.K, candidateScores[inOffset + i], candidate);
            }
        }

        var outOffset = (shape.OutputRowOffset + row) * shape.K;
        for (var i = 0; i < count; i++)
        {
            resultScores[outOffset + i] = bestScores[i];
            resultIndices[outOffset + i] = bestIndices[i];
        }
    }

    /// <summary>Insertion into a best-first list of at most k; returns the new count.</summary>
    private static int Insert(ArrayView<float> scores, ArrayView<int> indices, int count, int k, float score, int index)
    {
        if (count == k && !IsBetter(score, index, scores[k - 1], indices[k - 1]))
        {
            return count;
        }

        var position = count < k ? count : k - 1;
        while (position > 0 && IsBetter(score, index, scores[position - 1], indices[position - 1]))
        {
            scores[position] = scores[position - 1];
            indices[position] = indices[position - 1];
            position--;
        }

        scores[position] = score;
        indices[position] = index;
        return count < k ? count + 1 : count;
    }

    private static bool IsBetter(float scoreA, int indexA, float scoreB, int indexB) =>
        scoreA > scoreB || (scoreA == scoreB && indexA < indexB);
}
