using Comet.Measures.Embeddings.Caching;

namespace Comet.Measures.Embeddings.Tests;

public sealed class CachingEncoderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (CachingEncoder Caching, CountingEncoder Inner, EmbeddingCache Cache) NewEncoder()
    {
        var inner = new CountingEncoder();
        var cache = new EmbeddingCache(_folder.Path, inner.ModelId);
        return (new CachingEncoder(inner, cache), inner, cache);
    }

    [Fact]
    public void Encode_SameTextsAgain_AnswersFromDiskWithoutEncoding()
    {
        var first = NewEncoder();
        var vectors = first.Caching.Encode(["booking", "invoice"], default);

        // A new encoder over the same folder: only the disk can answer.
        var second = NewEncoder();
        var again = second.Caching.Encode(["invoice", "booking"], default);

        Assert.Equal(0, second.Inner.Calls);
        Assert.Equal(2, second.Caching.Hits);
        Assert.Equal(vectors[0], again[1]);
        Assert.Equal(vectors[1], again[0]);
    }

    [Fact]
    public void Encode_OneChangedText_EncodesOnlyThatText()
    {
        NewEncoder().Caching.Encode(["booking", "invoice"], default);
        var second = NewEncoder();

        second.Caching.Encode(["booking", "invoice refund"], default);

        Assert.Equal(["invoice refund"], second.Inner.EncodedTexts);
    }

    [Fact]
    public void Encode_RepeatedText_IsEncodedOnce()
    {
        var encoder = NewEncoder();

        var vectors = encoder.Caching.Encode(["login", "login", "logout"], default);

        Assert.Equal(["login", "logout"], encoder.Inner.EncodedTexts);
        Assert.Equal(vectors[0], vectors[1]);
    }

    [Fact]
    public void Encode_CorruptCacheFile_IsReencodedAndRewritten()
    {
        var first = NewEncoder();
        var original = first.Caching.Encode(["booking"], default)[0];
        var path = first.Cache.PathFor("booking");
        var bytes = File.ReadAllBytes(path);
        bytes[12] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var second = NewEncoder();
        var vector = second.Caching.Encode(["booking"], default)[0];

        Assert.Equal(["booking"], second.Inner.EncodedTexts);
        Assert.Equal(original, vector);
        Assert.Equal(original, second.Cache.TryGet("booking", 8));
    }

    [Fact]
    public void Encode_ColdIntoEmptyFolderThenWarm_GivesTheSameVectorsBitForBit()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"requirement {i}").ToArray();

        var cold = NewEncoder().Caching.Encode(texts, default);
        var warmEncoder = NewEncoder();
        var warm = warmEncoder.Caching.Encode(texts, default);

        Assert.Equal(0, warmEncoder.Inner.Calls);
        Assert.Equal(cold.Select(Bits), warm.Select(Bits));
    }

    [Fact]
    public void Encode_FreshVector_IsRoundedToFp16BeforeUse()
    {
        var encoder = NewEncoder();

        var vector = encoder.Caching.Encode(["booking"], default)[0];

        Assert.Equal(Bits(StoredPrecision.Round(new CountingEncoder().Encode(["booking"], default)[0])), Bits(vector));
        Assert.All(vector, x => Assert.Equal(x, (float)(Half)x));
    }

    [Fact]
    public void Encode_WithoutCache_GivesTheVectorsACachedRunGives()
    {
        var cached = NewEncoder().Caching.Encode(["booking", "invoice"], default);

        var uncached = new CachingEncoder(new CountingEncoder(), cache: null).Encode(["booking", "invoice"], default);

        Assert.Equal(cached.Select(Bits), uncached.Select(Bits));
    }

    [Fact]
    public void Encode_Fp32CacheFile_GivesTheColdVectorAndIsLeftAsItIs()
    {
        var fresh = NewEncoder();
        var path = fresh.Cache.PathFor("booking");
        var fp32 = Fp32VectorFile.Write(new CountingEncoder().Encode(["booking"], default)[0]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, fp32);

        var vector = fresh.Caching.Encode(["booking"], default)[0];
        var cold = new CachingEncoder(new CountingEncoder(), cache: null).Encode(["booking"], default)[0];

        Assert.Equal(0, fresh.Inner.Calls);
        Assert.Equal(Bits(cold), Bits(vector));
        Assert.Equal(fp32, File.ReadAllBytes(path));
    }

    [Fact]
    public void Encode_NonFiniteOrForeignCacheFiles_AreReencodedAndRewrittenAsFp16()
    {
        var first = NewEncoder();
        var original = first.Caching.Encode(["booking", "invoice", "refund"], default);
        File.WriteAllBytes(first.Cache.PathFor("booking"), VectorFile.Write([0.5f, float.NaN, 0f, 0f, 0f, 0f, 0f, 0f]));
        File.WriteAllBytes(first.Cache.PathFor("invoice"), Fp32VectorFile.WithMagic("XXXX"u8, new float[8]));
        var fp32 = Fp32VectorFile.Write(new float[8]);
        fp32[12] ^= 0x01;
        File.WriteAllBytes(first.Cache.PathFor("refund"), fp32);

        var second = NewEncoder();
        var vectors = second.Caching.Encode(["booking", "invoice", "refund"], default);

        Assert.Equal(["booking", "invoice", "refund"], second.Inner.EncodedTexts.Order(StringComparer.Ordinal));
        Assert.Equal(original.Select(Bits), vectors.Select(Bits));
        Assert.All(["booking", "invoice", "refund"], text =>
            Assert.Equal(VectorFile.Length(8), File.ReadAllBytes(second.Cache.PathFor(text)).Length));
    }

    [Fact]
    public void Encode_TruncatedOrEmptyCacheFile_IsReencoded()
    {
        var first = NewEncoder();
        first.Caching.Encode(["booking", "invoice"], default);
        File.WriteAllBytes(first.Cache.PathFor("booking"), []);
        File.WriteAllBytes(first.Cache.PathFor("invoice"), File.ReadAllBytes(first.Cache.PathFor("invoice"))[..20]);

        var second = NewEncoder();
        second.Caching.Encode(["booking", "invoice"], default);

        Assert.Equal(["booking", "invoice"], second.Inner.EncodedTexts);
    }

    [Fact]
    public void Put_LeavesNoTemporaryFiles()
    {
        var encoder = NewEncoder();

        encoder.Caching.Encode(["a", "b", "c"], default);

        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(3, Directory.GetFiles(_folder.Path, "*.vec", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Encode_ConcurrentWritersOfTheSameTexts_AllGetValidVectors()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"text {i}").ToArray();

        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => NewEncoder().Caching.Encode(texts, default)).ToArray();

        var reader = NewEncoder();
        var fromDisk = reader.Caching.Encode(texts, default);
        Assert.Equal(0, reader.Inner.Calls);
        Assert.All(results, r => Assert.Equal(fromDisk, r));
    }

    [Fact]
    public void CacheKey_DependsOnModelAndText()
    {
        Assert.NotEqual(CacheKey.For("model-a", "text"), CacheKey.For("model-b", "text"));
        Assert.NotEqual(CacheKey.For("model-a", "text"), CacheKey.For("model-a", "text "));
        Assert.Equal(CacheKey.For("model-a", "text"), CacheKey.For("model-a", "text"));
    }
    [Fact]
    public void Encode_WithoutCache_EncodesEachDistinctTextOnceAndCountsRepeats()
    {
        var inner = new CountingEncoder();
        var encoder = new CachingEncoder(inner, cache: null);

        var vectors = encoder.Encode(["license header", "login", "license header", "license header"], default);

        Assert.Equal(["login", "license header"], inner.EncodedTexts);
        Assert.Equal(2, encoder.Repeats);
        Assert.Equal(2, encoder.Encoded);
        Assert.Equal(0, encoder.Hits);
        Assert.Same(vectors[0], vectors[2]);
        Assert.Equal(vectors[0], vectors[3]);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void Encode_RepeatedCachedText_ReadsTheDiskOnce()
    {
        NewEncoder().Caching.Encode(["booking"], default);
        var second = NewEncoder();

        var vectors = second.Caching.Encode(["booking", "booking"], default);

        Assert.Equal(1, second.Caching.Hits);
        Assert.Equal(1, second.Caching.Repeats);
        Assert.Equal(vectors[0], vectors[1]);
    }

    [Fact]
    public void Encode_ManyMissingTexts_ReportsProgressFromZeroToTotal()
    {
        var reports = new List<(int Done, int Total)>();
        var inner = new CountingEncoder();
        var encoder = new CachingEncoder(inner, cache: null, (done, total) => reports.Add((done, total)));
        var texts = Enumerable.Range(0, 600).Select(i => $"requirement number {i}").ToList();

        encoder.Encode([.. texts, texts[0]], default);

        Assert.Equal((0, 600), reports[0]);
        Assert.Equal((600, 600), reports[^1]);
        Assert.True(reports.Count >= 3, $"{reports.Count} reports");
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Done < p.Second.Done), "progress only grows");
        Assert.Equal(600, inner.EncodedTexts.Count);
    }

    [Fact]
    public void Encode_EverythingCached_ReportsNoProgress()
    {
        NewEncoder().Caching.Encode(["booking"], default);
        var reports = 0;
        var inner = new CountingEncoder();
        var encoder = new CachingEncoder(inner, new EmbeddingCache(_folder.Path, inner.ModelId), (_, _) => reports++);

        encoder.Encode(["booking"], default);

        Assert.Equal(0, reports);
    }

    private static int[] Bits(float[] vector) => [.. vector.Select(BitConverter.SingleToInt32Bits)];
}
