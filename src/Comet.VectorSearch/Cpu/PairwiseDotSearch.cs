using System.Numerics.Tensors;
using Comet.VectorSearch.Selection;

namespace Comet.VectorSearch.Cpu;

/// <summary>
/// Exact search with one <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>
/// per pair, parallel over queries. Simple and SIMD, but each pair pays a horizontal sum and
/// reloads both vectors, which the blocked kernel avoids.
/// </summary>
internal sealed class PairwiseDotSearch(VectorCorpus corpus, int threads)
{
    public TopKResult TopK(ReadOnlyMemory<float> queries, int queryCount, int k)
    {
        var result = new Neighbor[queryCount * k];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var dimensions = corpus.Dimensions;
        Parallel.For(0, queryCount, options, () => new TopKHeap(k), (query, _, heap) =>
        {
            var vector = queries.Span.Slice(query * dimensions, dimensions);
            var threshold = float.NegativeInfinity;
            for (var row = 0; row < corpus.Count; row++)
            {
                var score = TensorPrimitives.Dot(vector, corpus.Row(row));
                if (score >= threshold)
                {
                    heap.Offer(score, row);
                    threshold = heap.Threshold;
                }
            }

            heap.DrainBestFirst(result.AsSpan(query * k, k));
            return heap;
        }, _ => { });
        return new TopKResult(queryCount, k, result);
    }

    public ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries, int queryCount)
    {
        var output = new float[checked(queryCount * corpus.Count)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var dimensions = corpus.Dimensions;
        Parallel.For(0, queryCount, options, query =>
        {
            var vector = queries.Span.Slice(query * dimensions, dimensions);
            var row = output.AsSpan(query * corpus.Count, corpus.Count);
            for (var column = 0; column < row.Length; column++)
            {
                row[column] = TensorPrimitives.Dot(vector, corpus.Row(column));
            }
        });
        return new ScoreMatrix(queryCount, corpus.Count, output);
    }
}
