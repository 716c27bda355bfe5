using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// The encoder that runs the model itself (token-sorted batches, own session options and pooling)
/// against the package's own encoder it replaced: the same vectors, whatever the batching.
/// </summary>
public sealed class MiniLmEquivalenceTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "login",
        "The system shall let a patient book an appointment with a doctor of the chosen clinic.",
        "public void bookAppointment ( Patient patient , Doctor doctor ) throws SchedulingException",
        "Überweisung über 1.000 € an die Praxis – café, naïve façade; 日本語のテキスト",
        string.Join(' ', Enumerable.Range(0, 700).Select(i => $"word{i % 37}")),
        "x",
        "the administrator exports every audit log entry of the last month as a report in pdf and csv",
        string.Join(' ', Enumerable.Repeat("patient record access control list entry", 20)),
    ];

    private readonly PackageMiniLmEncoder _package = new();
    private readonly MiniLmEncoder _encoder = new();

    public void Dispose()
    {
        _package.Dispose();
        _encoder.Dispose();
    }

    [Fact]
    public void Encode_VariedTexts_MatchesThePackageEncoderWithinFloatRounding()
    {
        var expected = _package.Encode(Texts, default);

        var actual = _encoder.Encode(Texts, default);

        Assert.Equal(expected.Length, actual.Length);
        var deviation = MaxDeviation(expected, actual);
        Assert.True(deviation <= 1e-5, $"max abs deviation {deviation}");
    }

    [Fact]
    public void Encode_OneBatchOrOneTextPerCall_GivesTheSameVectors()
    {
        using var single = new MiniLmEncoder(new MiniLmSettings { MaxBatchTexts = 1 });
        using var wide = new MiniLmEncoder(new MiniLmSettings { MaxPadding = 1, TokensPerBatch = 1 << 20 });

        var one = single.Encode(Texts, default);
        var all = wide.Encode(Texts, default);

        var deviation = MaxDeviation(one, all);
        Assert.True(deviation <= 1e-5, $"max abs deviation {deviation}");
        Assert.True(wide.Statistics.PaddedTokens > wide.Statistics.Tokens, "the wide encoder padded");
        Assert.Equal(single.Statistics.Tokens, single.Statistics.PaddedTokens);
    }

    [Fact]
    public void Encode_TextsOfManyLengths_PadsAtMostTheConfiguredShare()
    {
        var texts = Enumerable.Range(1, 120).Select(n => string.Join(' ', Enumerable.Range(0, n).Select(i => $"term{i}"))).ToArray();
        using var encoder = new MiniLmEncoder(new MiniLmSettings { MaxPadding = 0.02 });

        encoder.Encode(texts, default);

        var statistics = encoder.Statistics;
        Assert.Equal(120, statistics.Texts);
        Assert.True(statistics.PaddedTokens <= statistics.Tokens / 0.98, $"{statistics.PaddedTokens} positions for {statistics.Tokens} word pieces");
        Assert.True(statistics.Flops > 0);
    }

    [Fact]
    public void Tokenize_LongText_StopsAtTheModelLimit()
    {
        var ids = _encoder.Tokenize(Texts[4]);

        Assert.Equal(MiniLmEncoder.MaxTokens, ids.Length);
        Assert.Equal(101, ids[0]); // [CLS]
    }

    private static double MaxDeviation(float[][] expected, float[][] actual)
    {
        double max = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            for (var d = 0; d < expected[i].Length; d++)
            {
                max = Math.Max(max, Math.Abs(expected[i][d] - actual[i][d]));
            }
        }

        return max;
    }
}
