using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Core.Tests;

public class CoreTypesTests
{
    [Fact]
    public void LinkOrder_EqualScores_BreakTiesBySourceThenTargetOrdinal()
    {
        var ranking = new RankedLinks(
        [
            new ScoredLink("b", "x", 0.5),
            new ScoredLink("a", "y", 0.5),
            new ScoredLink("a", "X", 0.5),
            new ScoredLink("c", "z", 0.9),
        ]);

        // 'X' (0x58) sorts before 'y' (0x79) ordinally, whatever the culture would say.
        Assert.Equal(["c/z", "a/X", "a/y", "b/x"], ranking.Select(l => $"{l.SourceId}/{l.TargetId}"));
    }

    [Fact]
    public void LinkOrder_NaNScore_RanksAfterEveryNumber()
    {
        var ranking = new RankedLinks([new ScoredLink("a", "t1", double.NaN), new ScoredLink("b", "t2", double.NegativeInfinity), new ScoredLink("c", "t3", 0)]);
        Assert.Equal(["c", "b", "a"], ranking.Select(l => l.SourceId));
    }

    [Fact]
    public void GoldStandard_DuplicateLinks_CountOnce()
    {
        var gold = new GoldStandard([new TraceLink("R1", "A"), new TraceLink("R1", "A"), new TraceLink("R1", "B"), new TraceLink("R2", "A")]);
        Assert.Equal(3, gold.Count);
        Assert.Equal(2, gold.CountFor("R1"));
        Assert.Equal(0, gold.CountFor("R9"));
        Assert.True(gold.Contains("R2", "A"));
        Assert.Equal(2, gold.LinkedSources.Count);
    }

    [Fact]
    public void ArtifactSet_DuplicateId_ThrowsNamingTheId()
    {
        var artifacts = new[] { Make("R1"), Make("R1") };
        var error = Assert.Throws<ArgumentException>(() => new ArtifactSet("requirements", artifacts));
        Assert.Contains("'R1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArtifactSet_IndexOf_FollowsConstructionOrder()
    {
        var set = new ArtifactSet("code", [Make("b"), Make("a")]);
        Assert.Equal(0, set.IndexOf("b"));
        Assert.Equal(1, set.IndexOf("a"));
        Assert.Equal(-1, set.IndexOf("z"));
    }

    [Fact]
    public void SimilarityMatrix_FromMatrix_RanksEveryCellRowMajor()
    {
        var matrix = new SimilarityMatrix(["s1", "s2"], ["t1", "t2"], [0.1, 0.4, 0.3, 0.2]);
        Assert.Equal(0.3, matrix[1, 0]);
        var ranking = RankedLinks.FromMatrix(matrix);
        Assert.Equal(4, ranking.Count);
        Assert.Equal(new ScoredLink("s1", "t2", 0.4), ranking[0]);
    }

    [Fact]
    public void SimilarityMatrix_WrongValueCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SimilarityMatrix(["s"], ["t1", "t2"], [1.0]));
    }

    private static Artifact Make(string id) => new(id, ArtifactKind.Requirement, "text", null, "en");
}
