using Comet.Measures.Embeddings.Text;
using Comet.TestSupport;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>The measure's own wiring, with a fast fake encoder whose vectors the tests choose.</summary>
public sealed class EmbeddingMeasureTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static float[] Unit(float x, float y) => [x / MathF.Sqrt((x * x) + (y * y)), y / MathF.Sqrt((x * x) + (y * y))];

    private EmbeddingMeasure Measure(CountingEncoder encoder, ChunkAggregation aggregation = ChunkAggregation.Max) =>
        new(new EmbeddingOptions
        {
            CacheFolder = _folder.Path,
            Aggregation = aggregation,
            Chunking = new ChunkingOptions { MaxWords = 2, OverlapWords = 0 },
        }, () => encoder);

    [Theory]
    [InlineData(ChunkAggregation.Max, 1.0)]
    [InlineData(ChunkAggregation.Mean, 0.5)]
    public void Compute_ChunkedTarget_AggregatesChunkCosines(ChunkAggregation aggregation, double expected)
    {
        // The target splits into two chunks (MaxWords 2): one parallel, one orthogonal to the source.
        var vectors = new Dictionary<string, float[]>
        {
            ["book room"] = Unit(1, 0),
            ["pay bill"] = Unit(0, 1),
        };
        var encoder = new CountingEncoder(vectors, dimensions: 2);

        var matrix = Measure(encoder, aggregation).Compute(TinyTasks.Context(["book room"], ["book room\n\npay bill"]));

        Assert.Equal(expected, matrix[0, 0], 1e-6);
    }

    [Fact]
    public void Compute_SecondRun_ReadsTheCacheInsteadOfEncoding()
    {
        var context = TinyTasks.Context(["user login", "export report"], ["login controller", "pdf report writer"]);
        var first = new CountingEncoder();
        var firstMatrix = Measure(first).Compute(context);
        var second = new CountingEncoder();

        var secondMatrix = Measure(second).Compute(context);

        Assert.True(first.Calls > 0);
        Assert.Equal(0, second.Calls);
        Assert.Equal(firstMatrix.Values.ToArray(), secondMatrix.Values.ToArray());
    }

    [Fact]
    public void Compute_OneTargetChanged_LogSaysHowManyArtifactsWereReusedWhole()
    {
        var lines = new List<string>();
        EmbeddingMeasure Logged(CountingEncoder encoder) => new(new EmbeddingOptions
        {
            CacheFolder = _folder.Path,
            Chunking = new ChunkingOptions { MaxWords = 2, OverlapWords = 0 },
            Log = lines.Add,
        }, () => encoder);
        Logged(new CountingEncoder()).Compute(TinyTasks.Context(["user login"], ["login controller", "pdf report writer", "audit log"]));
        var changed = new CountingEncoder();

        // The second target keeps one chunk ("pdf") and gets a new one.
        Logged(changed).Compute(TinyTasks.Context(["user login"], ["login controller", "pdf report reader", "audit log"]));

        Assert.Equal(["report reader"], changed.EncodedTexts);
        Assert.EndsWith("; 0 of 4 artifacts reused whole, 4 with new text encoded", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("; 3 of 4 artifacts reused whole, 1 with new text encoded", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CacheOff_EncodesEveryRun()
    {
        var encoder = new CountingEncoder();
        var measure = new EmbeddingMeasure(new EmbeddingOptions { UseCache = false, CacheFolder = _folder.Path }, () => encoder);
        var context = TinyTasks.Context(["user login"], ["login controller"]);

        measure.Compute(context);
        measure.Compute(context);

        Assert.Equal(2, encoder.Calls);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Compute_ArtifactWithoutWords_ScoresZeroAndIsNotEncoded()
    {
        var encoder = new CountingEncoder();

        var matrix = Measure(encoder).Compute(TinyTasks.Context(["", "login"], ["{ } ;", "login"]));

        Assert.Equal([0.0, 0.0, 0.0], [matrix[0, 0], matrix[0, 1], matrix[1, 0]]);
        // Not exactly 1: the vector is rounded to fp16 (the cache's precision), which moves the
        // self-cosine of the fake's 8-value unit vectors by up to about 1e-3.
        Assert.Equal(1.0, matrix[1, 1], 2e-3);
        Assert.Equal(["login"], encoder.EncodedTexts);
    }

    [Fact]
    public void Compute_CancelledContext_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var context = TinyTasks.Context(TinyTasks.Task(["user login"], ["login controller"]), cancellation: cancellation.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => Measure(new CountingEncoder()).Compute(context));
    }

    [Fact]
    public void Constructor_InvalidTopK_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EmbeddingMeasure(new EmbeddingOptions { TopK = 0 }));
    }

    [Fact]
    public void DefaultEmbeddings_CometCacheSet_UsesItsEmbeddingsSubfolder()
    {
        Assert.Equal(Path.Combine("/srv/cache", "embeddings"), CacheFolders.DefaultEmbeddings(name => name == "COMET_CACHE" ? "/srv/cache" : null));
        Assert.EndsWith(Path.Combine(".cache", "comet", "embeddings"), CacheFolders.DefaultEmbeddings(_ => null), StringComparison.Ordinal);
    }
}
