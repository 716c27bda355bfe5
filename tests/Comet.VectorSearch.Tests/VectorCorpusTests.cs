namespace Comet.VectorSearch.Tests;

public class VectorCorpusTests
{
    [Fact]
    public void FromRowMajor_Empty_ThrowsArgumentExceptionNamingEmptyCorpus()
    {
        var exception = Assert.Throws<ArgumentException>(() => VectorCorpus.FromRowMajor([], 4));

        Assert.Contains("empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_NoRows_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => VectorCorpus.FromRows([]));
    }

    [Fact]
    public void FromRowMajor_LengthNotWholeRows_ThrowsArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(() => VectorCorpus.FromRowMajor(new float[10], 4));

        Assert.Contains("dimension", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_RaggedRows_ThrowsArgumentExceptionNamingRow()
    {
        var exception = Assert.Throws<ArgumentException>(() => VectorCorpus.FromRows([new float[3], new float[3], new float[2]]));

        Assert.Contains("Row 2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void FromRowMajor_NonFiniteValue_ThrowsArgumentException(float bad)
    {
        var values = new float[8];
        values[5] = bad;

        var exception = Assert.Throws<ArgumentException>(() => VectorCorpus.FromRowMajor(values, 4));

        Assert.Contains("row 1, dimension 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_ValidRows_KeepsShapeAndValues()
    {
        var corpus = VectorCorpus.FromRows([[1f, 2f], [3f, 4f], [5f, 6f]]);

        Assert.Equal(3, corpus.Count);
        Assert.Equal(2, corpus.Dimensions);
        Assert.Equal([5f, 6f], corpus.Row(2).ToArray());
    }

    [Fact]
    public void FromRowMajor_SourceChangedAfterwards_CorpusUnchanged()
    {
        var values = new[] { 1f, 2f };
        var corpus = VectorCorpus.FromRowMajor(values, 2);

        values[0] = 99f;

        Assert.Equal(1f, corpus.Row(0)[0]);
    }
}
