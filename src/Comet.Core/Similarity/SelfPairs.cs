namespace Comet.Core.Similarity;

/// <summary>
/// A pair whose source and target are one artifact (the same id on both sides, as when use cases are
/// traced to use cases, or one folder is given as both requirements and code) is no trace link: an
/// artifact does not trace to itself, and no benchmark's gold standard holds such a pair. Its text is
/// identical on both sides, so every measure scores it highest and it would take the first place of
/// every source's ranking (EasyClinic's UC-UC, ID-ID, TC-TC and CC-CC: precision at 1 was 0 for every
/// measure). Self pairs are therefore left out of every ranking (<see cref="SimilarityMatrix.Cells"/>) and
/// of the candidate count, and the model sees them at their row's lowest score so that they neither
/// shape its fit nor push the real candidates down in the rank views.
/// </summary>
public static class SelfPairs
{
    /// <summary>Whether (<paramref name="sourceId"/>, <paramref name="targetId"/>) is one artifact paired with itself.</summary>
    public static bool Are(string sourceId, string targetId) => string.Equals(sourceId, targetId, StringComparison.Ordinal);

    /// <summary>
    /// Per source (row), the position of the same id among the targets (its self pair's column), or -1:
    /// one map that every loop over a matrix reads instead of comparing ids cell by cell.
    /// </summary>
    public static int[] Columns(IReadOnlyList<string> sourceIds, IReadOnlyList<string> targetIds)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentNullException.ThrowIfNull(targetIds);
        var columnOf = new Dictionary<string, int>(targetIds.Count, StringComparer.Ordinal);
        for (var j = 0; j < targetIds.Count; j++)
        {
            columnOf.TryAdd(targetIds[j], j);
        }

        var columns = new int[sourceIds.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = columnOf.TryGetValue(sourceIds[i], out var column) ? column : -1;
        }

        return columns;
    }

    /// <summary>How many of the sources x targets pairs are self pairs (an id repeated on one side counts once).</summary>
    public static int Count(IReadOnlyList<string> sourceIds, IReadOnlyList<string> targetIds)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        return Columns([.. sourceIds.Distinct(StringComparer.Ordinal)], targetIds).Count(column => column >= 0);
    }

    /// <summary>
    /// <paramref name="matrix"/> with each self pair scored as its row's lowest other pair; the same instance
    /// when it has no self pair (the common case: requirements traced to code).
    /// </summary>
    public static SimilarityMatrix Demoted(SimilarityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var self = Columns(matrix.SourceIds, matrix.TargetIds);
        SimilarityMatrix? demoted = null;
        for (var i = 0; i < matrix.Rows; i++)
        {
            if (self[i] < 0)
            {
                continue;
            }

            demoted ??= new SimilarityMatrix(matrix.SourceIds, matrix.TargetIds, matrix.Values.ToArray());
            demoted[i, self[i]] = LowestOther(matrix.Row(i), self[i]);
        }

        return demoted ?? matrix;
    }

    private static double LowestOther(ReadOnlySpan<double> row, int self)
    {
        var lowest = double.PositiveInfinity;
        for (var j = 0; j < row.Length; j++)
        {
            if (j != self && row[j] < lowest)
            {
                lowest = row[j];
            }
        }

        // A row with no other target keeps a finite score: 0 says as little as a score can.
        return double.IsPositiveInfinity(lowest) ? 0 : lowest;
    }
}
