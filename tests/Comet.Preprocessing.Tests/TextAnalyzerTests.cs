using Comet.Preprocessing;

namespace Comet.Preprocessing.Tests;

public class TextAnalyzerTests
{
    private static IReadOnlyList<string> English(string text, bool stem = false)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Stem = stem });
        return analyzer.Terms(text);
    }

    [Fact]
    public void Terms_CamelCaseIdentifier_SplitsIntoLowerCaseWords()
    {
        Assert.Equal(["center", "panel"], English("centerPanel"));
    }

    [Fact]
    public void Terms_AcronymFollowedByWord_SplitsAtTheBoundary()
    {
        Assert.Equal(["http", "server", "handler"], English("HTTPServerHandler"));
    }

    [Fact]
    public void Terms_SnakeCaseAndDigits_SplitAndDropNumbers()
    {
        Assert.Equal(["est", "client", "proxy", "connect"], English("est_client_proxy2_connect 1234"));
    }

    [Fact]
    public void Terms_StopWordsAndJavaKeywords_AreRemoved()
    {
        Assert.Equal(["system", "record", "payment"], English("The system shall record the payment; public static void return"));
    }

    [Fact]
    public void Terms_SingleLetters_AreDropped()
    {
        Assert.Equal(["xy"], English("a b xy"));
    }

    [Fact]
    public void Terms_EnglishStemming_ConflatesInflections()
    {
        var terms = English("connection connecting connected", stem: true);
        Assert.Equal(["connect", "connect", "connect"], terms);
    }

    [Fact]
    public void Terms_ItalianText_RemovesItalianStopWordsAndStems()
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = ["it"] });
        var terms = analyzer.Terms("Il sistema della prenotazione delle camere");
        Assert.DoesNotContain("il", terms);
        Assert.DoesNotContain("della", terms);
        Assert.Contains("prenot", terms);
    }

    [Fact]
    public void Terms_NonAsciiLetters_AreKeptAsLetters()
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = ["it"], Stem = false });
        Assert.Equal(["qualità", "città"], analyzer.Terms("qualità, città!"));
    }

    [Fact]
    public void Terms_EmptyText_GivesNoTerms()
    {
        Assert.Empty(English(string.Empty));
    }

    [Fact]
    public void Constructor_UnsupportedLanguage_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TextAnalyzer(new AnalysisOptions { Languages = ["de"] }));
        Assert.Contains("'de'", error.Message, StringComparison.Ordinal);
    }
}
