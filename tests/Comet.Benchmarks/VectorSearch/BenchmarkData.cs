namespace Comet.Benchmarks.VectorSearch;

/// <summary>Seeded random unit vectors for queries and corpus, generated once per run.</summary>
internal sealed class BenchmarkData
{
    public BenchmarkData(BenchmarkArguments arguments)
    {
        Queries = UnitRows(arguments.Queries, arguments.Dimensions, new Random(arguments.Seed));
        var corpus = UnitRows(arguments.Corpus, arguments.Dimensions, new Random(arguments.Seed + 1));
        Corpus = Comet.VectorSearch.VectorCorpus.FromRowMajor(corpus, arguments.Dimensions);
    }

    public float[] Queries { get; }

    public Comet.VectorSearch.VectorCorpus Corpus { get; }

    /// <summary>The first <paramref name="count"/> query rows.</summary>
    public ReadOnlyMemory<float> FirstQueries(int count) =>
        Queries.AsMemory(0, Math.Min(count, Queries.Length / Corpus.Dimensions) * Corpus.Dimensions);

    private static float[] UnitRows(int rows, int dimensions, Random random)
    {
        var values = new float[(long)rows * dimensions];
        for (var row = 0; row < rows; row++)
        {
            var vector = values.AsSpan(row * dimensions, dimensions);
            float norm = 0;
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (float)(random.NextDouble() - 0.5);
                norm += vector[d] * vector[d];
            }

            var scale = 1 / MathF.Sqrt(norm);
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] *= scale;
            }
        }

        return values;
    }
}
