using Comet.Core.Artifacts;
using Comet.Preprocessing.Caching;

namespace Comet.Preprocessing.Tests;

public class TermListCacheTests
{
    private static ArtifactSet Set(string name, params string[] texts) =>
        new(name, texts.Select((t, i) => new Artifact($"{name}{i}", ArtifactKind.Other, t, null, "en")));

    [Fact]
    public void Build_WithCache_GivesTheSameCorpusColdAndWarm()
    {
        using var folder = new TemporaryFolder();
        var options = new AnalysisOptions();
        using var analyzer = new TextAnalyzer(options);
        var sources = Set("s", "The user pays by credit card.", "Refunds are logged.");
        var targets = Set("t", "class PaymentGateway { void payByCard() {} }", "", "void logRefund(Refund r) {}");

        var plain = AnalyzedCorpus.Build(sources, targets, analyzer);
        var cold = AnalyzedCorpus.Build(sources, targets, analyzer, new TermListCache(folder.Path, options));
        var warm = AnalyzedCorpus.Build(sources, targets, analyzer, new TermListCache(folder.Path, options));

        foreach (var corpus in new[] { cold, warm })
        {
            Assert.Equal(plain.Vocabulary.Terms, corpus.Vocabulary.Terms);
            Assert.Equal(plain.DocumentFrequency, corpus.DocumentFrequency);
            Assert.Equal(plain.Targets.Select(t => t.TermIds), corpus.Targets.Select(t => t.TermIds));
            Assert.Equal(plain.Targets.Select(t => t.Counts), corpus.Targets.Select(t => t.Counts));
        }
    }

    [Fact]
    public void TryGet_StoredText_IsAHitWithoutAnalysis()
    {
        using var folder = new TemporaryFolder();
        var options = new AnalysisOptions();
        new TermListCache(folder.Path, options).Put("payment gateway", ["made", "up"]);

        // The stored list comes back as it was put, which shows the analyser did not run.
        Assert.Equal(["made", "up"], new TermListCache(folder.Path, options).TryGet("payment gateway"));
    }

    [Fact]
    public void TryGet_ChangedTextOrOtherOptions_IsAMiss()
    {
        using var folder = new TemporaryFolder();
        var options = new AnalysisOptions();
        new TermListCache(folder.Path, options).Put("payment gateway", ["payment", "gateway"]);

        Assert.Null(new TermListCache(folder.Path, options).TryGet("payment gateway!"));
        Assert.Null(new TermListCache(folder.Path, options with { Stem = false }).TryGet("payment gateway"));
        Assert.Null(new TermListCache(folder.Path, options with { Languages = ["en", "it"] }).TryGet("payment gateway"));
        Assert.Null(new TermListCache(folder.Path, options with { MinTokenLength = 3 }).TryGet("payment gateway"));
    }

    [Fact]
    public void TryGet_EmptyList_RoundTrips()
    {
        using var folder = new TemporaryFolder();
        var cache = new TermListCache(folder.Path, new AnalysisOptions());

        cache.Put("", []);

        Assert.Equal([], cache.TryGet(""));
    }

    [Fact]
    public void Decode_CountDisagreesWithTerms_IsAMiss()
    {
        var bytes = TermListCache.Encode(["alpha", "beta"]);
        bytes[0] = 3;

        Assert.Null(TermListCache.Decode(bytes));
        Assert.Equal(["alpha", "beta"], TermListCache.Decode(TermListCache.Encode(["alpha", "beta"])));
    }

    [Fact]
    public void Build_CorruptCacheFile_IsAnalysedAgain()
    {
        using var folder = new TemporaryFolder();
        var options = new AnalysisOptions();
        using var analyzer = new TextAnalyzer(options);
        var cache = new TermListCache(folder.Path, options);
        cache.Put("payment gateway", ["payment", "gateway"]);
        foreach (var file in Directory.EnumerateFiles(folder.Path, "*.bin", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var corpus = AnalyzedCorpus.Build(Set("s", "payment gateway"), Set("t", "gateway"), analyzer, cache);

        var analysed = analyzer.Terms("payment gateway");
        Assert.Equal(2, analysed.Count);
        Assert.Equal(analysed, corpus.Vocabulary.Terms);
        Assert.Equal(analysed, cache.TryGet("payment gateway"));
    }
}
