namespace Comet.VectorSearch.Cpu;

/// <summary>
/// How a (queries x corpus) job is cut into parallel work items: blocks of query rows, and, when
/// there are too few query blocks to keep every thread busy, the corpus split into ranges of panels
/// whose partial top-k lists are merged afterwards.
/// </summary>
internal readonly record struct WorkPlan(int QueryCount, int BlockRows, int QueryBlocks, int Splits, int PanelCount)
{
    /// <summary>
    /// Queries per block. 192 rows x 384 dims = 288 KiB, which stays in a per-core L2 cache while
    /// the corpus streams past, so the corpus is read from memory once per 192 queries.
    /// </summary>
    private const int MaxBlockRows = 192;

    public int ItemCount => QueryBlocks * Splits;

    public static WorkPlan Create(int queryCount, int panelCount, int rowsPerStep, int threads)
    {
        var rounded = (queryCount + rowsPerStep - 1) / rowsPerStep * rowsPerStep;
        var blockRows = Math.Max(rowsPerStep, Math.Min(MaxBlockRows / rowsPerStep * rowsPerStep, rounded));
        var queryBlocks = (queryCount + blockRows - 1) / blockRows;
        var wanted = queryBlocks == 0 ? 1 : ((2 * threads) + queryBlocks - 1) / queryBlocks;
        var splits = Math.Clamp(wanted, 1, Math.Max(1, panelCount));
        return new WorkPlan(queryCount, blockRows, queryBlocks, splits, panelCount);
    }

    public (int QueryStart, int Rows, int PanelStart, int PanelEnd) Item(int item)
    {
        var block = item / Splits;
        var split = item % Splits;
        var queryStart = block * BlockRows;
        var rows = Math.Min(BlockRows, QueryCount - queryStart);
        var panelStart = (int)((long)PanelCount * split / Splits);
        var panelEnd = (int)((long)PanelCount * (split + 1) / Splits);
        return (queryStart, rows, panelStart, panelEnd);
    }
}
