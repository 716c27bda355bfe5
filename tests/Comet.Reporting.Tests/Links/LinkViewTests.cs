using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Reporting.Links;
using Comet.Reporting.Tests.Support;

namespace Comet.Reporting.Tests.Links;

public class LinkViewTests
{
    private static LinkTable Table()
    {
        var matrices = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal) { ["vsm"] = TinyProject.Matrix(TinyProject.Vsm) };
        return new LinkTable(RankedLinks.FromMatrix(matrices["vsm"]), matrices);
    }

    [Fact]
    public void Rows_TopPerSource_KeepsEachSourcesBestInSourceOrder()
    {
        var view = new LinkView("code", Table(), topPerSource: 2);

        // R3's scores are the lowest overall; a global top 6 would have cut it, a per-source one cannot.
        Assert.Equal(
            [("R1", 1, "Auth.java"), ("R1", 2, "Util.java"), ("R2", 1, "Fine.java"), ("R2", 2, "Util.java"), ("R3", 1, "Report.java"), ("R3", 2, "Fine.java")],
            view.Rows.Select(r => (r.Link.SourceId, r.RankInSource, r.Link.TargetId)));
        Assert.Equal(3, view.SourceCount);
    }

    [Fact]
    public void Rows_NoTop_KeepsEveryPair()
    {
        Assert.Equal(12, new LinkView("code", Table(), topPerSource: null).Rows.Count);
    }

    [Fact]
    public void Csv_HasTheViewAndRankColumnsAndShortNumbers()
    {
        using var writer = new StringWriter();

        LinkCsvWriter.Write(writer, [new LinkView("code", Table(), topPerSource: 1)]);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["view,source,rank,target,score,vsm", "code,R1,1,Auth.java,1,1", "code,R2,1,Fine.java,0.5,0.5", "code,R3,1,Report.java,0.2,0.2"], lines.Select(l => l.TrimEnd('\r')));
    }
}
