using Comet.VectorSearch;
using Comet.VectorSearch.Cpu;

namespace Comet.Measures.Embeddings.Similarity;

/// <summary>
/// Every source chunk against every target chunk through Comet.VectorSearch's exact search (dot
/// product = cosine: the encoder's vectors have unit length). A full matrix, not top-k, because
/// mean and top-k-mean aggregation need every pair of an artifact pair.
/// </summary>
internal static class ChunkScores
{
    public static ScoreMatrix Compute(float[][] sourceVectors, float[][] targetVectors, EmbeddingOptions options)
    {
        var corpus = VectorCorpus.FromRows(targetVectors);
        var queries = new float[sourceVectors.Length * corpus.Dimensions];
        for (var i = 0; i < sourceVectors.Length; i++)
        {
            sourceVectors[i].CopyTo(queries, i * corpus.Dimensions);
        }

        var pairs = (long)sourceVectors.Length * targetVectors.Length;
        using var search = pairs >= options.GpuMinimumPairs
            ? VectorSearchFactory.Create(corpus, options.Log)
            : new CpuExactSearch(corpus);
        return search.FullMatrix(queries);
    }
}
