using Comet.Cli.Caching;
using Comet.Core;
using Comet.Measures.Embeddings;

namespace Comet.Cli.Tests;

public class EmbeddingPrecisionOptionTests
{
    [Theory]
    [InlineData(null, EmbeddingPrecision.Fp32)]
    [InlineData("fp32", EmbeddingPrecision.Fp32)]
    [InlineData("int8", EmbeddingPrecision.Int8)]
    public void ParsePrecision_KnownValue_GivesThatPrecision(string? value, EmbeddingPrecision expected) =>
        Assert.Equal(expected, EmbeddingCacheOption.ParsePrecision(value));

    [Fact]
    public void ParsePrecision_UnknownValue_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<CometInputException>(() => EmbeddingCacheOption.ParsePrecision("fp16"));

        Assert.Contains("--embedding-precision fp16", error.Message, StringComparison.Ordinal);
    }
}
