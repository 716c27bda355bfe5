using Comet.Core.Artifacts;
using Comet.Core.Tasks;

namespace Comet.Pipeline.Tests;

/// <summary>Requirements traced to requirements (one set on both sides): no artifact is ranked as its own link.</summary>
public class SelfPairTraceTests
{
    private static readonly string[] Texts =
    [
        "the user logs in with a password and the password is checked",
        "the user changes the password after logging in",
        "the report lists every order of the month",
        "orders are listed by month in the monthly report",
    ];

    [Fact]
    public void Run_SameArtifactsOnBothSides_RanksNoSelfPairAndFindsTheTwin()
    {
        var artifacts = Texts.Select((t, i) => new Artifact($"R{i}", ArtifactKind.Requirement, t, null, "en")).ToArray();
        var task = new TraceTask
        {
            Id = "requirements",
            Sources = new ArtifactSet("requirements", artifacts),
            Targets = new ArtifactSet("requirements", artifacts),
            Languages = ["en"],
        };

        var result = new TracePipeline(new PipelineOptions { Measures = ["vsm", "bm25"] }).Run(task);

        Assert.Equal(4 * 3, result.Ranking.Count);
        Assert.DoesNotContain(result.Ranking, l => l.SourceId == l.TargetId);
        var best = result.Ranking.BySource().ToDictionary(g => g.Key, g => g.Value[0].TargetId);
        Assert.Equal(["R1", "R0", "R3", "R2"], new[] { best["R0"], best["R1"], best["R2"], best["R3"] });
        // The model saw each self pair at its row's lowest score, not at the top of every view.
        var vsm = result.Matrices["vsm"];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Enumerable.Range(0, 4).Where(j => j != i).Min(j => vsm[i, j]), vsm[i, i]);
        }
    }
}
