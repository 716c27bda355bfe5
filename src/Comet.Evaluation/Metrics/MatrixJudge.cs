using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Evaluation.Metrics;

/// <summary>Turns a <see cref="SimilarityMatrix"/> into a <see cref="JudgedRun"/> (candidates = its cells but the self pairs).</summary>
internal static class MatrixJudge
{
    public static JudgedRun Judge(SimilarityMatrix matrix, GoldStandard gold)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(gold);
        var columns = matrix.Columns;
        var rowOf = IdPositions.Of(matrix.SourceIds, "The matrix");
        var columnOf = IdPositions.Of(matrix.TargetIds, "The matrix");

        // Dense source indices: the matrix rows first, then gold sources the matrix lacks (they score 0 in MAP).
        var extraSources = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldBySourceList = new List<int>(new int[matrix.Rows]);
        var goldCells = new bool[matrix.Rows * columns];
        var candidateGold = 0;
        foreach (var link in gold.Links)
        {
            if (rowOf.TryGetValue(link.SourceId, out var row))
            {
                goldBySourceList[row]++;
                if (columnOf.TryGetValue(link.TargetId, out var column))
                {
                    goldCells[(row * columns) + column] = true;
                    candidateGold++;
                }

                continue;
            }

            if (!extraSources.TryGetValue(link.SourceId, out var extra))
            {
                extra = goldBySourceList.Count;
                extraSources.Add(link.SourceId, extra);
                goldBySourceList.Add(0);
            }

            goldBySourceList[extra]++;
        }

        // Self pairs are no candidates: each row's own column, -1 where the row has none.
        var selfColumn = SelfPairs.Columns(matrix.SourceIds, matrix.TargetIds);
        var cells = MatrixRanking.RankCells(matrix);
        if (selfColumn.Any(column => column >= 0))
        {
            cells = [.. cells.Where(cell => selfColumn[cell / columns] != cell % columns)];
        }

        ReadOnlySpan<double> values = matrix.Values;
        var scores = new double[cells.Length];
        var relevant = new bool[cells.Length];
        var sourceOf = new int[cells.Length];
        for (var rank = 0; rank < cells.Length; rank++)
        {
            var cell = cells[rank];
            scores[rank] = values[cell];
            relevant[rank] = goldCells[cell];
            sourceOf[rank] = cell / columns;
        }

        return new JudgedRun(scores, relevant, sourceOf, [.. goldBySourceList], gold.Count, cells.LongLength, candidateGold);
    }
}
