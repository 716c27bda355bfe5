using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;

namespace Comet.Inference.Tests;

/// <summary>Targets inheriting their collaborators' links through a <see cref="TargetGraph"/> (issue 21).</summary>
public class StructurePathsTests
{
    private static readonly string[] Sources = ["S0", "S1"];
    private static readonly string[] Targets = ["A", "B", "C"];

    private static LinkEvidence Evidence(double[] scores) =>
        new(Sources, Targets, new Dictionary<string, SimilarityMatrix> { ["vsm"] = new(Sources, Targets, scores) });

    [Fact]
    public void Score_IsTheWeightedMeanOfTheNeighboursPosteriors()
    {
        // A -- B (weight 3), A -- C (weight 1); no other ties.
        var graph = new TargetGraph("code-graph",
        [
            [(1, 3.0), (2, 1.0)],
            [(0, 3.0)],
            [(0, 1.0)],
        ]);
        double[] posterior = [0.9, 0.1, 0.5, 0.2, 0.6, 0.0];

        var paths = StructurePaths.Score(Evidence(new double[6]), graph, posterior);

        Assert.Equal("path:code-graph", paths.Group);
        Assert.Equal(((3 * 0.1) + (1 * 0.5)) / 4, paths.Scores[0], 12);
        Assert.Equal(0.9, paths.Scores[1], 12);
        Assert.Equal(0.9, paths.Scores[2], 12);
        Assert.Equal(((3 * 0.6) + (1 * 0.0)) / 4, paths.Scores[3], 12);
        // Strength is weight x posterior: C (1 x 0.5) before B (3 x 0.1).
        Assert.Equal(["C", "B"], paths.Strongest(0, 0).Select(p => p.Via));
    }

    [Fact]
    public void Score_GraphOfAnotherSize_Fails()
    {
        var graph = new TargetGraph("code-graph", [[], []]);
        Assert.Throws<ArgumentException>(() => StructurePaths.Score(Evidence(new double[6]), graph, new double[6]));
    }

    [Fact]
    public void Infer_WithATargetGraph_AddsTheCodeGraphPath()
    {
        var simulator = new ModelSimulator(new SimulationTruth(Sources: 30, Targets: 40, Density: 0.08, Concentration: 50, Weights: [1.0, 0.3], Correlation: 0.2), 9);
        var evidence = simulator.Draw();

        // A ring over the targets: every target has two collaborators.
        var t = evidence.TargetCount;
        var ring = new TargetGraph("code-graph", [.. Enumerable.Range(0, t).Select(j => (IReadOnlyList<(int, double)>)[((j + 1) % t, 1.0), ((j + t - 1) % t, 1.0)])]);

        var plain = LinkInference.Infer(evidence);
        var withGraph = LinkInference.Infer(evidence.WithTargetGraph(ring));

        Assert.Empty(plain.Explain("S004", "T010").Transitive);
        var explanation = withGraph.Explain("S004", "T010");
        Assert.Contains(explanation.Transitive, term => term.Name == "path:code-graph");
        Assert.All(explanation.Paths, p => Assert.Contains(p.Via, new[] { "T009", "T011" }));
    }

    [Fact]
    public void Infer_GraphWithoutEdges_ChangesNothing()
    {
        var evidence = Evidence([0.9, 0.1, 0.2, 0.1, 0.8, 0.3]);
        var empty = new TargetGraph("code-graph", [[], [], []]);

        var plain = LinkInference.Infer(evidence);
        var withEmpty = LinkInference.Infer(evidence.WithTargetGraph(empty));

        Assert.All(Enumerable.Range(0, 6), k => Assert.Equal(plain.LogOddsOf(k / 3, k % 3), withEmpty.LogOddsOf(k / 3, k % 3)));
    }
}
