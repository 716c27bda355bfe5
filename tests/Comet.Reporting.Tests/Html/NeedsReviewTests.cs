using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Links;
using Comet.Reporting.Tests.Support;

namespace Comet.Reporting.Tests.Html;

/// <summary>
/// A model that marks a requirement's best candidate as "needs review" (it cannot yet judge it): the
/// report shows that bucket instead of "probably not", does not call the requirement a gap, and says
/// what the model knows of the link count.
/// </summary>
public class NeedsReviewTests
{
    private sealed class ModelStub : ILinkProbabilities
    {
        public string ModelName => "stub";

        public string? CountStatement => "how many links there are is not known until answers teach it";

        public double? ProbabilityOf(string sourceId, string targetId) => sourceId == "R3" ? 0.15 : 0.9;

        public string? ExplanationOf(string sourceId, string targetId) => "stub";

        public bool NeedsReview(string sourceId, string targetId) => sourceId == "R3" && targetId == "Report.java";
    }

    [Fact]
    public void Build_MarkedBestCandidate_ReadsNeedsReviewAndIsNoGap()
    {
        var group = TargetGroupBuilder.Build(TinyProject.Input(probabilities: new ModelStub()));

        var r3 = group.PerSource.Single(s => s.Source.Id == "R3");
        Assert.Equal(LinkBucket.NeedsReview, r3.Best);
        Assert.Equal(LinkBucket.NeedsReview, r3.Links.Single(l => l.TargetId == "Report.java").Bucket);
        Assert.All(r3.Links.Where(l => l.TargetId != "Report.java"), l => Assert.Equal(LinkBucket.ProbablyNot, l.Bucket));
        Assert.DoesNotContain(group.GapSources, s => s.Source.Id == "R3");
        Assert.Equal("needs review", LinkBucket.NeedsReview.Label());
        Assert.Equal("needs-review", LinkBucket.NeedsReview.WireName());
    }

    [Fact]
    public void TaskReport_WithAModel_NotesWhatItKnowsOfTheLinkCount()
    {
        var task = new TraceTask { Id = "tiny", Sources = TinyProject.Sources, Targets = TinyProject.Targets };
        var report = TaskReportBuilder.Build(task, [TinyProject.Input(probabilities: new ModelStub())], []);

        Assert.Contains("Links: how many links there are is not known until answers teach it", report.Notes);
    }

    [Fact]
    public void LinkDetail_MarkedAndBelowUnsure_IsNeedsReviewOnTheWire_ButAProbableLinkStaysProbable()
    {
        Assert.Equal("needs-review", new LinkDetail(0.12, 0.01, "x", NeedsReview: true).Bucket);
        Assert.Equal("probably-not", new LinkDetail(0.12, 0.01, "x").Bucket);
        Assert.Equal("probably-linked", new LinkDetail(0.92, 0.01, "x", NeedsReview: true).Bucket);
    }
}
