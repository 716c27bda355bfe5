using Comet.Core.Artifacts;
using Comet.Preprocessing;

namespace Comet.Preprocessing.Tests;

public class AnalyzedCorpusTests
{
    private static ArtifactSet Set(string name, params string[] texts) =>
        new(name, texts.Select((t, i) => new Artifact($"{name}{i}", ArtifactKind.Other, t, null, "en")));

    [Fact]
    public void Build_SharedTerms_GetOneIdAndDocumentFrequency()
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Stem = false });
        var corpus = AnalyzedCorpus.Build(Set("s", "payment payment refund"), Set("t", "payment", "invoice"), analyzer);

        var payment = corpus.Vocabulary.IndexOf("payment");
        Assert.Equal(3, corpus.Vocabulary.Count);
        Assert.Equal(2, corpus.DocumentFrequency[payment]);
        Assert.Equal(3.0, corpus.Sources[0].TotalCount);
        Assert.Equal(2.0, corpus.Sources[0].Counts[Array.IndexOf(corpus.Sources[0].TermIds, payment)]);
    }

    [Fact]
    public void Build_SameInputTwice_GivesIdenticalIds()
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions());
        var texts = Enumerable.Range(0, 50).Select(i => $"term{i} word{i % 7} shared").ToArray();
        var a = AnalyzedCorpus.Build(Set("s", texts), Set("t", texts), analyzer);
        var b = AnalyzedCorpus.Build(Set("s", texts), Set("t", texts), analyzer);
        Assert.Equal(a.Vocabulary.Terms, b.Vocabulary.Terms);
    }
}
