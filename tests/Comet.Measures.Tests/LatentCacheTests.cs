using Comet.Measures.Latent;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Measures.Tests;

public class LatentCacheTests
{
    // Low enough that a corpus of 50 documents and ~200 terms goes through Lanczos, the path that is cached.
    private const int Limit = 30;

    private static MeasureContext Corpus(int seed, int changedTarget = -1)
    {
        var random = new Random(seed);
        string Text() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => "word" + (char)('a' + random.Next(26)) + (char)('a' + random.Next(8))));
        var targets = Enumerable.Range(0, 45).Select(_ => Text()).ToArray();
        if (changedTarget >= 0)
        {
            targets[changedTarget] += " extra";
        }

        return TinyTasks.Context([.. Enumerable.Range(0, 5).Select(_ => Text())], targets);
    }

    private static SparseRowMatrix MatrixOf(MeasureContext context)
    {
        var rows = DocumentTermMatrix.WeightedRows(context.Corpus, TermWeighting.TfIdf).Select(r => (r.Document.TermIds, r.Values)).ToArray();
        return SparseRowMatrix.FromRows(rows, context.Corpus.Vocabulary.Count);
    }

    private static string[] Entries(string folder) =>
        Directory.Exists(Path.Combine(folder, "lsi")) ? [.. Directory.EnumerateFiles(Path.Combine(folder, "lsi"), "*.bin", SearchOption.AllDirectories)] : [];

    [Fact]
    public void Compute_ColdThenWarm_GivesBitIdenticalScoresToNoCache()
    {
        using var folder = new TemporaryFolder();
        var context = Corpus(1);
        var plain = new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(context);

        var cold = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path)).Compute(Corpus(1));
        var warm = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path)).Compute(Corpus(1));

        Assert.Single(Entries(folder.Path));
        Assert.Equal(plain.Values.ToArray(), cold.Values.ToArray());
        Assert.Equal(plain.Values.ToArray(), warm.Values.ToArray());
    }

    [Fact]
    public void Compute_StoredVectors_AreReadInsteadOfComputed()
    {
        using var folder = new TemporaryFolder();
        var context = Corpus(2);
        var measure = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path));
        // Every document on one line: cosine 1 everywhere, which no decomposition of this corpus gives.
        var planted = Matrix<double>.Build.Dense(context.Corpus.DocumentCount, 1, 1.0);
        new LatentCache(folder.Path).Put(measure.CacheKey(MatrixOf(context), context.Seed), planted);

        var scores = measure.Compute(context);

        Assert.All(scores.Values.ToArray(), v => Assert.Equal(1.0, v, 1e-12));
    }

    [Fact]
    public void Compute_OneDocumentChanged_IsAMissAndRecomputes()
    {
        using var folder = new TemporaryFolder();
        var cache = new LatentCache(folder.Path);
        _ = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: cache).Compute(Corpus(3));

        var changed = Corpus(3, changedTarget: 7);
        var scores = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: cache).Compute(changed);

        Assert.Equal(2, Entries(folder.Path).Length);
        Assert.Equal(new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(3, changedTarget: 7)).Values.ToArray(), scores.Values.ToArray());
    }

    [Fact]
    public void Key_DependsOnSettingsAndSeed()
    {
        var matrix = MatrixOf(Corpus(4));
        var key = LatentCache.Key(matrix, 4, Limit, 42, 1e-12, 29);

        Assert.Equal(key, LatentCache.Key(MatrixOf(Corpus(4)), 4, Limit, 42, 1e-12, 29));
        Assert.NotEqual(key, LatentCache.Key(matrix, 5, Limit, 42, 1e-12, 29));
        Assert.NotEqual(key, LatentCache.Key(matrix, 4, Limit, 43, 1e-12, 29));
        Assert.NotEqual(key, LatentCache.Key(MatrixOf(Corpus(4, changedTarget: 0)), 4, Limit, 42, 1e-12, 29));
    }

    [Fact]
    public void Compute_CorruptEntry_IsIgnoredAndRewritten()
    {
        using var folder = new TemporaryFolder();
        var expected = new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(5)).Values.ToArray();
        _ = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path)).Compute(Corpus(5));
        var entry = Assert.Single(Entries(folder.Path));
        var bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(entry, bytes);

        var scores = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path)).Compute(Corpus(5));

        Assert.Equal(expected, scores.Values.ToArray());
        Assert.NotEqual(bytes, File.ReadAllBytes(entry));
    }

    [Fact]
    public void Compute_ConcurrentRunsSharingAFolder_AllGetTheSameScores()
    {
        using var folder = new TemporaryFolder();
        var expected = new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(6)).Values.ToArray();

        var results = Enumerable.Range(0, 6).AsParallel()
            .Select(_ => new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path)).Compute(Corpus(6)).Values.ToArray())
            .ToArray();

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Single(Entries(folder.Path));
    }

    [Fact]
    public void Compute_GramPathBelowTheCachedSize_StoresNothing()
    {
        using var folder = new TemporaryFolder();

        // 50 documents: the Gram path, below the default 300 documents worth storing.
        _ = new LsiMeasure(dimensions: 4, denseLimit: 1500, cache: new LatentCache(folder.Path)).Compute(Corpus(7));

        Assert.Empty(Entries(folder.Path));
    }

    [Fact]
    public void Compute_GramPathFromTheCachedSize_ColdThenWarmGiveTheUncachedBits()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        LsiMeasure Gram(LatentCache? cache) => new(dimensions: 4, denseLimit: 1500, cache: cache, log: log.Add) { MinimumCachedDocuments = 40 };
        var plain = Gram(null).Compute(Corpus(8)).Values.ToArray();

        var cold = Gram(new LatentCache(folder.Path)).Compute(Corpus(8)).Values.ToArray();
        var warm = Gram(new LatentCache(folder.Path)).Compute(Corpus(8)).Values.ToArray();

        Assert.Single(Entries(folder.Path));
        Assert.Equal(plain, cold);
        Assert.Equal(plain, warm);
        Assert.Equal(
            ["lsi: full decomposition (these documents' vectors are not in the cache)", "lsi: document vectors reused from the cache (no document changed)"],
            log);
    }
}
