using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Evaluation.Metrics;

/// <summary>
/// Sorts the cells of a matrix into <see cref="LinkOrder"/> fast: one primitive key sort by score,
/// then a small integer sort inside each group of equal scores. The integers are each cell's
/// position in (source id, target id) ordinal order, so sorting them is exactly LinkOrder's
/// tie-break, without comparing strings. NaN cells go last, in id order, as LinkOrder puts them.
/// </summary>
internal static class MatrixRanking
{
    /// <summary>Row-major cell indices (row x Columns + column), best first.</summary>
    public static int[] RankCells(SimilarityMatrix matrix)
    {
        var rows = matrix.Rows;
        var columns = matrix.Columns;
        var rowByIdRank = OrdinalOrder(matrix.SourceIds);
        var columnByIdRank = OrdinalOrder(matrix.TargetIds);
        ReadOnlySpan<double> values = matrix.Values;
        var size = rows * columns;
        var keys = new double[size];
        var positions = new int[size];
        var nanPositions = new List<int>();
        var numeric = 0;
        for (var i = 0; i < rows; i++)
        {
            var rowStart = rowByIdRank[i] * columns;
            for (var j = 0; j < columns; j++)
            {
                var value = values[rowStart + columnByIdRank[j]];
                var position = (i * columns) + j;
                if (double.IsNaN(value))
                {
                    nanPositions.Add(position);
                    continue;
                }

                // Negated so that an ascending sort gives descending scores.
                keys[numeric] = -value;
                positions[numeric++] = position;
            }
        }

        Array.Sort(keys, positions, 0, numeric);
        SortTieGroups(keys, positions, numeric);
        nanPositions.CopyTo(positions, numeric);
        for (var k = 0; k < size; k++)
        {
            var position = positions[k];
            positions[k] = (rowByIdRank[position / columns] * columns) + columnByIdRank[position % columns];
        }

        return positions;
    }

    private static void SortTieGroups(double[] keys, int[] positions, int count)
    {
        var start = 0;
        for (var k = 1; k <= count; k++)
        {
            // == treats -0.0 and 0.0 as equal, as LinkOrder does.
            if (k == count || keys[k] != keys[start])
            {
                if (k - start > 1)
                {
                    Array.Sort(positions, start, k - start);
                }

                start = k;
            }
        }
    }

    /// <summary>Indices of <paramref name="ids"/> sorted by ordinal id; duplicates are rejected.</summary>
    private static int[] OrdinalOrder(IReadOnlyList<string> ids)
    {
        var order = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        for (var k = 1; k < order.Length; k++)
        {
            if (string.Equals(ids[order[k - 1]], ids[order[k]], StringComparison.Ordinal))
            {
                throw new ArgumentException($"The matrix lists the id '{ids[order[k]]}' twice.", nameof(ids));
            }
        }

        return order;
    }
}
