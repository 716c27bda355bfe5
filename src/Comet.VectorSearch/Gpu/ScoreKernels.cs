using ILGPU;

namespace Comet.VectorSearch.Gpu;

/// <summary>
/// Device code for queries (rows x d, row-major) times corpus (columns x d, row-major) transposed,
/// written row-major into a score chunk. Both kernels sum dimensions in ascending order.
/// </summary>
internal static class ScoreKernels
{
    /// <summary>Output tile edge of the tiled kernel; each group of 16 x 16 threads fills one tile.</summary>
    public const int Tile = 64;

    /// <summary>Threads per tile edge: each thread owns 4 x 4 outputs spaced 16 apart.</summary>
    public const int ThreadsPerEdge = 16;

    /// <summary>Dimensions staged in shared memory per step.</summary>
    private const int Depth = 16;

    /// <summary>
    /// Stride of one staged dimension in shared memory. 65, not 64: consecutive threads storing
    /// consecutive dimensions of one row then hit different banks.
    /// </summary>
    private const int Pitch = Tile + 1;

    /// <summary>One thread per output; index.X = corpus column, index.Y = query row.</summary>
    public static void Simple(Index2D index, ArrayView<float> queries, ArrayView<float> corpus, ArrayView<float> scores, ScoreShape shape)
    {
        var column = index.X;
        var row = index.Y;
        if (row >= shape.Rows || column >= shape.Columns)
        {
            return;
        }

        var queryOffset = row * shape.Dimensions;
        var corpusOffset = column * shape.Dimensions;
        var sum = 0f;
        for (var d = 0; d < shape.Dimensions; d++)
        {
            sum += queries[queryOffset + d] * corpus[corpusOffset + d];
        }

        scores[(row * shape.Columns) + column] = sum;
    }

    /// <summary>
    /// Tiled product. Grid = (column tiles, row tiles), group = 16 x 16. Per step the group stages
    /// 64 query rows x 16 dimensions and 64 corpus rows x 16 dimensions in shared memory (read from
    /// global memory once, coalesced), then each thread does 16 x 16 multiply-adds from shared
    /// memory into registers. Thread (tx, ty) owns rows ty + 16i and columns tx + 16j, so the 16
    /// threads of a half-warp read 16 consecutive shared words (no bank conflicts) and write 16
    /// consecutive output columns.
    /// </summary>
    public static void Tiled(ArrayView<float> queries, ArrayView<float> corpus, ArrayView<float> scores, ScoreShape shape)
    {
        var stagedQueries = SharedMemory.Allocate<float>(Depth * Pitch);
        var stagedCorpus = SharedMemory.Allocate<float>(Depth * Pitch);
        var tx = Group.IdxX;
        var ty = Group.IdxY;
        var thread = (ty * ThreadsPerEdge) + tx;
        var rowBase = Grid.IdxY * Tile;
        var columnBase = Grid.IdxX * Tile;

        var r0 = default(Accumulator4);
        var r1 = default(Accumulator4);
        var r2 = default(Accumulator4);
        var r3 = default(Accumulator4);

        for (var depthBase = 0; depthBase < shape.Dimensions; depthBase += Depth)
        {
            // 256 threads stage 64 x 16 values of each operand: 4 per thread.
            for (var pass = 0; pass < 4; pass++)
            {
                var linear = thread + (pass * 256);
                var tileRow = linear / Depth;
                var depth = linear % Depth;
                var dimension = depthBase + depth;
                var inDepth = dimension < shape.Dimensions;
                var queryRow = rowBase + tileRow;
                var corpusRow = columnBase + tileRow;
                stagedQueries[(depth * Pitch) + tileRow] =
                    inDepth && queryRow < shape.Rows ? queries[(queryRow * shape.Dimensions) + dimension] : 0f;
                stagedCorpus[(depth * Pitch) + tileRow] =
                    inDepth && corpusRow < shape.Columns ? corpus[(corpusRow * shape.Dimensions) + dimension] : 0f;
            }

            Group.Barrier();
            for (var depth = 0; depth < Depth; depth++)
            {
                var offset = depth * Pitch;
                var b0 = stagedCorpus[offset + tx];
                var b1 = stagedCorpus[offset + tx + 16];
                var b2 = stagedCorpus[offset + tx + 32];
                var b3 = stagedCorpus[offset + tx + 48];
                r0.Add(stagedQueries[offset + ty], b0, b1, b2, b3);
                r1.Add(stagedQueries[offset + ty + 16], b0, b1, b2, b3);
                r2.Add(stagedQueries[offset + ty + 32], b0, b1, b2, b3);
                r3.Add(stagedQueries[offset + ty + 48], b0, b1, b2, b3);
            }

            Group.Barrier();
        }

        r0.Store(scores, shape, rowBase + ty, columnBase + tx);
        r1.Store(scores, shape, rowBase + ty + 16, columnBase + tx);
        r2.Store(scores, shape, rowBase + ty + 32, columnBase + tx);
        r3.Store(scores, shape, rowBase + ty + 48, columnBase + tx);
    }

    /// <summary>One output row's four register accumulators (columns c, c+16, c+32, c+48).</summary>
    private struct Accumulator4
    {
        private float _c0;
        private float _c1;
        private float _c2;
        private float _c3;

        public void Add(float a, float b0, float b1, float b2, float b3)
        {
            _c0 += a * b0;
            _c1 += a * b1;
            _c2 += a * b2;
            _c3 += a * b3;
        }

        public readonly void Store(ArrayView<float> scores, ScoreShape shape, int row, int column)
        {
            if (row >= shape.Rows)
            {
                return;
            }

            var offset = row * shape.Columns;
            if (column < shape.Columns)
            {
                scores[offset + column] = _c0;
            }

            if (column + 16 < shape.Columns)
            {
                scores[offset + column + 16] = _c1;
            }

            if (column + 32 < shape.Columns)
            {
                scores[offset + column + 32] = _c2;
            }

            if (column + 48 < shape.Columns)
            {
                scores[offset + column + 48] = _c3;
            }
        }
    }
}
