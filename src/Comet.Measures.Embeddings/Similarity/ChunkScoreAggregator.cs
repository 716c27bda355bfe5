namespace Comet.Measures.Embeddings.Similarity;

/// <summary>
/// Reduces the block of chunk scores that belongs to one (source, target) pair of artifacts to one
/// score. The block is rows [rowStart, rowStart+rowCount) x columns [columnStart, columnStart+columnCount)
/// of a row-major chunk score matrix with <c>stride</c> columns. Sums are in double, in row-major
/// order, so the result does not depend on threading.
/// </summary>
internal static class ChunkScoreAggregator
{
    public static double Aggregate(
        ReadOnlySpan<float> scores, int stride, Range rows, Range columns, ChunkAggregation aggregation, int topK)
    {
        var (rowStart, rowCount) = rows.GetOffsetAndLength(int.MaxValue);
        var (columnStart, columnCount) = columns.GetOffsetAndLength(int.MaxValue);
        if (rowCount == 0 || columnCount == 0)
        {
            // An artifact without words has no chunks: it matches nothing (as in the lexical measures).
            return 0;
        }

        return aggregation switch
        {
            ChunkAggregation.Max => Max(scores, stride, rowStart, rowCount, columnStart, columnCount),
            ChunkAggregation.Mean => Sum(scores, stride, rowStart, rowCount, columnStart, columnCount) / ((double)rowCount * columnCount),
            ChunkAggregation.TopKMean => TopKMean(scores, stride, rowStart, rowCount, columnStart, columnCount, topK),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "unknown aggregation"),
        };
    }

    private static double Max(ReadOnlySpan<float> scores, int stride, int rowStart, int rowCount, int columnStart, int columnCount)
    {
        var best = float.NegativeInfinity;
        for (var r = rowStart; r < rowStart + rowCount; r++)
        {
            foreach (var score in scores.Slice((r * stride) + columnStart, columnCount))
            {
                best = Math.Max(best, score);
            }
        }

        return best;
    }

    private static double Sum(ReadOnlySpan<float> scores, int stride, int rowStart, int rowCount, int columnStart, int columnCount)
    {
        var sum = 0.0;
        for (var r = rowStart; r < rowStart + rowCount; r++)
        {
            foreach (var score in scores.Slice((r * stride) + columnStart, columnCount))
            {
                sum += score;
            }
        }

        return sum;
    }

    private static double TopKMean(
        ReadOnlySpan<float> scores, int stride, int rowStart, int rowCount, int columnStart, int columnCount, int k)
    {
        var kept = (int)Math.Min(k, (long)rowCount * columnCount);

        // k is small (a handful): an insertion-sorted buffer, best first, beats a heap here.
        Span<float> best = kept <= 64 ? stackalloc float[kept] : new float[kept];
        var filled = 0;
        for (var r = rowStart; r < rowStart + rowCount; r++)
        {
            foreach (var score in scores.Slice((r * stride) + columnStart, columnCount))
            {
                if (filled == kept && score <= best[kept - 1])
                {
                    continue;
                }

                var position = filled < kept ? filled++ : kept - 1;
                while (position > 0 && best[position - 1] < score)
                {
                    best[position] = best[position - 1];
                    position--;
                }

                best[position] = score;
            }
        }

        var sum = 0.0;
        foreach (var score in best)
        {
            sum += score;
        }

        return sum / kept;
    }
}
