using Comet.Core.Similarity;

namespace Comet.Benchmarks.Inference;

/// <summary>CombSUM of docs/evaluation.md: sum over measures of per-source z-scores.</summary>
internal static class CombSum
{
    public static SimilarityMatrix Fuse(IReadOnlyCollection<SimilarityMatrix> measures)
    {
        var first = measures.First();
        var result = new double[first.Rows * first.Columns];
        foreach (var m in measures)
        {
            for (var i = 0; i < m.Rows; i++)
            {
                var row = m.Row(i);
                var mean = 0.0;
                foreach (var v in row)
                {
                    mean += v / row.Length;
                }

                var variance = 0.0;
                foreach (var v in row)
                {
                    variance += (v - mean) * (v - mean) / row.Length;
                }

                var sd = Math.Sqrt(variance);
                for (var j = 0; j < row.Length; j++)
                {
                    result[(i * m.Columns) + j] += sd > 0 ? (row[j] - mean) / sd : 0;
                }
            }
        }

        return new SimilarityMatrix(first.SourceIds, first.TargetIds, result);
    }
}
