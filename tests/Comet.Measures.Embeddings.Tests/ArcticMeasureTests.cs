using Comet.TestSupport;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>The "arctic" measure's wiring with a fake encoder: its name, and the query prefix on the requirement side only.</summary>
public sealed class ArcticMeasureTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private EmbeddingMeasure Measure(CountingEncoder encoder) =>
        new(new EmbeddingOptions { CacheFolder = _folder.Path }, EmbeddingModel.ArcticXs with { Encoder = () => encoder });

    [Fact]
    public void Name_IsArctic()
    {
        Assert.Equal("arctic", EmbeddingMeasure.Arctic(new EmbeddingOptions()).Name);
    }

    [Fact]
    public void Compute_SourcesAndTargets_PrefixesTheSourcesOnly()
    {
        var encoder = new CountingEncoder();

        Measure(encoder).Compute(TinyTasks.Context(["user login"], ["login controller"]));

        Assert.Equal(
            [EmbeddingModel.ArcticXs.QueryPrefix + "user login", "login controller"],
            encoder.EncodedTexts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compute_SameTextOnBothSides_IsEncodedOnceAsQueryAndOnceAsPassage()
    {
        var encoder = new CountingEncoder();

        var matrix = Measure(encoder).Compute(TinyTasks.Context(["user login"], ["user login"]));

        Assert.Equal(2, encoder.EncodedTexts.Count);
        Assert.True(matrix[0, 0] < 1.0, "query and passage are different texts to the model");
    }

    [Fact]
    public void Compute_SourceWithoutWords_ScoresZeroAndEncodesNoBarePrefix()
    {
        var encoder = new CountingEncoder();

        var matrix = Measure(encoder).Compute(TinyTasks.Context(["", "user login"], ["login controller"]));

        Assert.Equal(0.0, matrix[0, 0]);
        Assert.DoesNotContain(EmbeddingModel.ArcticXs.QueryPrefix, encoder.EncodedTexts);
    }
}
