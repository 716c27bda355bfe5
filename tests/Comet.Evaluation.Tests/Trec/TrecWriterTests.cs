using Comet.Core.Links;
using Comet.Evaluation.Tests.TestData;
using Comet.Evaluation.Trec;

namespace Comet.Evaluation.Tests.Trec;

public class TrecWriterTests
{
    [Fact]
    public void WriteRun_TinyRun_GroupsBySourceAndRanksFromOne()
    {
        var run = new RankedLinks([
            new ScoredLink("s2", "a", 0.5),
            new ScoredLink("s1", "b", 0.25),
            new ScoredLink("s1", "a", 0.25),
            new ScoredLink("s1", "c", 1.0),
            new ScoredLink("s2", "b", 0.1 + 0.2),
        ]);
        using var writer = new StringWriter();
        TrecWriter.WriteRun(writer, run, "tiny");

        // Ties (a, b at 0.25) follow LinkOrder; 0.1 + 0.2 keeps all digits (round-trip format).
        const string expected =
            "s1 Q0 c 1 1 tiny\n" +
            "s1 Q0 a 2 0.25 tiny\n" +
            "s1 Q0 b 3 0.25 tiny\n" +
            "s2 Q0 a 1 0.5 tiny\n" +
            "s2 Q0 b 2 0.30000000000000004 tiny\n";
        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void WriteQrels_TinyGold_WritesOneRelevantLinePerLinkInIdOrder()
    {
        using var writer = new StringWriter();
        TrecWriter.WriteQrels(writer, Runs.Gold("s2 a; s1 b; s1 a; s1 a"));
        Assert.Equal("s1 0 a 1\ns1 0 b 1\ns2 0 a 1\n", writer.ToString());
    }

    [Fact]
    public void WriteRun_IdWithSpace_IsPercentEscaped()
    {
        // MediaStore has target ids such as "ms base realistic Reliability.launch".
        var run = new RankedLinks([new ScoredLink("my req", "ms base.launch", 0.5)]);
        using var writer = new StringWriter();
        TrecWriter.WriteRun(writer, run, "tiny");
        Assert.Equal("my%20req Q0 ms%20base.launch 1 0.5 tiny\n", writer.ToString());
    }

    [Fact]
    public void WriteQrels_IdWithTabOrPercent_IsEscapedAsInTheRun()
    {
        using var writer = new StringWriter();
        TrecWriter.WriteQrels(writer, new GoldStandard([new TraceLink("s", "a\tb"), new TraceLink("s", "50%")]));
        Assert.Equal("s 0 50%25 1\ns 0 a%09b 1\n", writer.ToString());
    }

    [Fact]
    public void EscapeId_NonAsciiSpace_IsEscapedAsItsUtf8Bytes()
    {
        Assert.Equal("a%E3%80%80b", TrecWriter.EscapeId("a\u3000b"));
        Assert.Equal("plain/Id.java", TrecWriter.EscapeId("plain/Id.java"));
        Assert.Throws<ArgumentException>(() => TrecWriter.EscapeId(""));
    }

    [Fact]
    public void WriteRun_RunNameWithSpace_IsRejected()
    {
        using var writer = new StringWriter();
        Assert.Throws<ArgumentException>(() => TrecWriter.WriteRun(writer, Runs.Parse("s a 1"), "my run"));
    }
}
