using Comet.Core.Links;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Tests.Support;

namespace Comet.Reporting.Tests.Html;

public class TargetGroupBuilderTests
{
    [Fact]
    public void Build_ScaledScores_BucketsEachSourceByItsBestCandidate()
    {
        var group = TargetGroupBuilder.Build(TinyProject.Input());

        Assert.Equal(LevelKind.ScaledScore, group.LevelKind);
        Assert.Equal([LinkBucket.ProbablyLinked, LinkBucket.Unsure, LinkBucket.ProbablyNot], group.PerSource.Select(s => s.Best));
        Assert.Equal(["R2", "R3"], group.UnlinkedSources.Select(s => s.Source.Id));
        Assert.Equal(["R3"], group.GapSources.Select(s => s.Source.Id)); // R2's best is unsure: an open question, not a gap
        Assert.Equal(["Report.java", "Util.java"], group.UnlinkedTargets.Select(t => t.Id)); // Fine.java is R2's unsure link
    }

    [Fact]
    public void Build_SourceWithoutLikelyLinks_ListsItsBestCandidatesInRankOrder()
    {
        var r3 = TargetGroupBuilder.Build(TinyProject.Input()).PerSource[2];

        Assert.Equal(["Report.java", "Fine.java", "Util.java"], r3.Links.Select(l => l.TargetId));
        Assert.Equal([1, 2, 3], r3.Links.Select(l => l.Rank));
        Assert.All(r3.Links, l => Assert.Null(l.Probability));
    }

    [Fact]
    public void Build_NoModel_ExplainsWithTheRankUnderEachMeasure()
    {
        var link = TargetGroupBuilder.Build(TinyProject.Input()).PerSource[1].Links[0];

        Assert.Equal("Fine.java", link.TargetId);
        Assert.Equal("#1 by vsm, #1 by lsi of 4 candidates", link.Explanation);
        Assert.Equal([0.5, 0.8], link.MeasureScores);
    }

    [Fact]
    public void Build_WithProbabilities_UsesThemForBucketsAndExplanations()
    {
        var model = new ProbabilityTable("test model", new Dictionary<TraceLink, (double, string?)>
        {
            [new TraceLink("R3", "Report.java")] = (0.9, "shares 'export' and 'report'"),
        });

        var group = TargetGroupBuilder.Build(TinyProject.Input(probabilities: model));

        Assert.Equal(LevelKind.Probability, group.LevelKind);
        Assert.Equal("test model", group.ModelName);
        var link = group.PerSource[2].Links[0];
        Assert.Equal(0.9, link.Probability);
        Assert.Equal(LinkBucket.ProbablyLinked, link.Bucket);
        Assert.Equal("shares 'export' and 'report'", link.Explanation);

        // Pairs the model does not cover have no level rather than a made-up one.
        Assert.Equal(LinkBucket.ProbablyNot, group.PerSource[0].Best);
    }

    [Fact]
    public void Build_WithGold_MarksGoldLinksAndCountsThemPerSource()
    {
        var group = TargetGroupBuilder.Build(TinyProject.Input(TinyProject.Gold));

        Assert.True(group.HasGold);
        Assert.Equal([1, 1, 1], group.PerSource.Select(s => s.GoldCount));
        Assert.Equal(true, group.PerSource[0].Links[0].IsGold);
        Assert.Equal(false, group.PerSource[0].Links[1].IsGold);
    }

    [Fact]
    public void Build_MaxLinksPerSource_CapsTheLikelyLinks()
    {
        var options = new ReportOptions { MaxLinksPerSource = 1, MinLinksPerSource = 0 };

        var group = TargetGroupBuilder.Build(TinyProject.Input(), options);

        Assert.Equal([1, 1, 0], group.PerSource.Select(s => s.Links.Count));
    }

    [Fact]
    public void Validate_MinAboveMax_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReportOptions { MaxLinksPerSource = 2, MinLinksPerSource = 3 }.Validate());
}
