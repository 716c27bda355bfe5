using Comet.VectorSearch.Selection;

namespace Comet.VectorSearch.Cpu;

/// <summary>
/// Exact search with the blocked kernel: for each work item (a block of queries x a range of
/// corpus panels) score panel by panel into a small tile, then either feed each tile row into
/// that query's top-k heap or copy it into the full matrix.
/// </summary>
internal sealed unsafe class BlockedSearch(VectorCorpus corpus, IPanelScorer scorer, int threads)
{
    private readonly PackedPanels _panels = new(corpus, scorer.PanelWidth);

    public TopKResult TopK(ReadOnlySpan<float> queries, int queryCount, int k)
    {
        var plan = WorkPlan.Create(queryCount, _panels.PanelCount, scorer.RowsPerStep, threads);
        var partial = new Neighbor[checked(plan.Splits * queryCount * k)];
        var queryArray = queries.ToArray();
        Run(plan, k, (scratch, item) => TopKItem(plan, queryArray, scratch, item, k, partial));
        return new TopKResult(queryCount, k, plan.Splits == 1 ? partial : PartialMerge.Merge(partial, plan.Splits, queryCount, k, threads));
    }

    public ScoreMatrix FullMatrix(ReadOnlySpan<float> queries, int queryCount)
    {
        var size = (long)queryCount * corpus.Count;
        if (size > Array.MaxLength)
        {
            throw new ArgumentException($"A {queryCount} x {corpus.Count} score matrix does not fit one array; use TopK.", nameof(queries));
        }

        var plan = WorkPlan.Create(queryCount, _panels.PanelCount, scorer.RowsPerStep, threads);
        var output = new float[size];
        var queryArray = queries.ToArray();
        Run(plan, 1, (scratch, item) => MatrixItem(plan, queryArray, scratch, item, output));
        return new ScoreMatrix(queryCount, corpus.Count, output);
    }

    private void Run(WorkPlan plan, int k, Action<Scratch, int> work)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(
            0,
            plan.ItemCount,
            options,
            () => new Scratch(plan.BlockRows, corpus.Dimensions, _panels.PanelWidth, k),
            (item, _, scratch) =>
            {
                work(scratch, item);
                return scratch;
            },
            _ => { });
    }

    private void TopKItem(WorkPlan plan, float[] queries, Scratch scratch, int item, int k, Neighbor[] partial)
    {
        var (queryStart, rows, panelStart, panelEnd) = plan.Item(item);
        var paddedRows = scratch.Load(queries, queryStart, rows, scorer.RowsPerStep);
        var width = _panels.PanelWidth;
        fixed (float* block = scratch.Queries)
        fixed (float* tile = scratch.Tile)
        {
            for (var panel = panelStart; panel < panelEnd; panel++)
            {
                scorer.ScorePanel(block, paddedRows, corpus.Dimensions, _panels.Base + ((long)panel * _panels.PanelStride), tile);
                var valid = _panels.ValidColumns(panel);
                var firstColumn = panel * width;
                for (var r = 0; r < rows; r++)
                {
                    var heap = scratch.Heaps[r];
                    var threshold = heap.Threshold;
                    var scores = tile + (r * width);
                    for (var j = 0; j < valid; j++)
                    {
                        if (scores[j] >= threshold)
                        {
                            heap.Offer(scores[j], firstColumn + j);
                            threshold = heap.Threshold;
                        }
                    }
                }
            }
        }

        var split = item % plan.Splits;
        for (var r = 0; r < rows; r++)
        {
            var heap = scratch.Heaps[r];
            var slot = partial.AsSpan(((split * plan.QueryCount) + queryStart + r) * k, k);

            // A corpus range shorter than k leaves slots empty; mark them so the merge skips them.
            slot[heap.Count..].Fill(PartialMerge.Empty);
            heap.DrainBestFirst(slot[..heap.Count]);
        }
    }

    private void MatrixItem(WorkPlan plan, float[] queries, Scratch scratch, int item, float[] output)
    {
        var (queryStart, rows, panelStart, panelEnd) = plan.Item(item);
        var paddedRows = scratch.Load(queries, queryStart, rows, scorer.RowsPerStep);
        var width = _panels.PanelWidth;
        var columns = corpus.Count;
        fixed (float* block = scratch.Queries)
        fixed (float* tile = scratch.Tile)
        {
            for (var panel = panelStart; panel < panelEnd; panel++)
            {
                scorer.ScorePanel(block, paddedRows, corpus.Dimensions, _panels.Base + ((long)panel * _panels.PanelStride), tile);
                var valid = _panels.ValidColumns(panel);
                for (var r = 0; r < rows; r++)
                {
                    new ReadOnlySpan<float>(tile + (r * width), valid)
                        .CopyTo(output.AsSpan((int)(((long)(queryStart + r) * columns) + (panel * width)), valid));
                }
            }
        }
    }

    /// <summary>Per-thread buffers, reused across the work items one thread runs.</summary>
    private sealed class Scratch(int blockRows, int dimensions, int panelWidth, int k)
    {
        public float[] Queries { get; } = new float[blockRows * dimensions];

        public float[] Tile { get; } = new float[blockRows * panelWidth];

        public TopKHeap[] Heaps { get; } = Enumerable.Range(0, blockRows).Select(_ => new TopKHeap(k)).ToArray();

        /// <summary>Copies the block's query rows and zeroes the padding rows; returns the padded row count.</summary>
        public int Load(float[] queries, int queryStart, int rows, int rowsPerStep)
        {
            var padded = (rows + rowsPerStep - 1) / rowsPerStep * rowsPerStep;
            queries.AsSpan(queryStart * dimensions, rows * dimensions).CopyTo(Queries);
            Queries.AsSpan(rows * dimensions, (padded - rows) * dimensions).Clear();
            return padded;
        }
    }
}
