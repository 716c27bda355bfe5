using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Features;
using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

/// <summary>Near-duplicate measures fused into one family before the views (FitSettings.MeasureFamilyCorrelation).</summary>
public class MeasureFamiliesTests
{
    // Over six pairs: "cosine" and "squared" order the pairs alike (one a monotone transform of the other),
    // "other" orders them in reverse.
    private static readonly ScoreBlock Cosine = new("cosine", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], IsPath: false);
    private static readonly ScoreBlock Squared = new("squared", [0.01, 0.04, 0.09, 0.16, 0.25, 0.36], IsPath: false);
    private static readonly ScoreBlock Other = new("other", [6, 5, 4, 3, 2, 1], IsPath: false);
    private static readonly ScoreBlock Path = new("path", [1, 1, 2, 2, 3, 3], IsPath: true);

    [Fact]
    public void Merge_SameOrderingMeasures_FuseIntoOneFamilyOfMeanRanks()
    {
        var merged = MeasureFamilies.Merge([Cosine, Squared, Other, Path], threshold: 0.9);

        Assert.Equal(["cosine|squared", "other", "path"], merged.Select(b => b.Group));
        var expected = ScoreTransforms.GlobalProbitRank(Cosine.Scores);
        Assert.Equal(expected, merged[0].Scores, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Same(Other, merged[1]);
        Assert.Same(Path, merged[2]);
    }

    [Fact]
    public void Merge_ThresholdAboveEveryCorrelation_KeepsEachMeasure()
    {
        var partly = new ScoreBlock("partly", [0.1, 0.3, 0.2, 0.4, 0.6, 0.5], IsPath: false);

        var merged = MeasureFamilies.Merge([Cosine, partly], threshold: 0.99);

        Assert.Equal(["cosine", "partly"], merged.Select(b => b.Group));
    }

    [Fact]
    public void Merge_PartlyAlikeMeasure_AveragesTheMembersProbitRanks()
    {
        // Pearson of the two probit ranks is 0.851 (two pairs of neighbours swapped): above 0.8, below 0.99.
        var partly = new ScoreBlock("partly", [0.1, 0.3, 0.2, 0.4, 0.6, 0.5], IsPath: false);

        var merged = MeasureFamilies.Merge([Cosine, partly], threshold: 0.8);

        var a = ScoreTransforms.GlobalProbitRank(Cosine.Scores);
        var b = ScoreTransforms.GlobalProbitRank(partly.Scores);
        Assert.Single(merged);
        Assert.Equal(a.Zip(b, (x, y) => (x + y) / 2), merged[0].Scores, (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Infer_FamilyOptionOn_DeclaresOneFamilyForACopiedMeasure()
    {
        var drawn = new ModelSimulator(new SimulationTruth(Sources: 20, Targets: 30, Density: 0.08, Concentration: 50, Weights: [1.0, 0.3], Correlation: 0.2), 9).Draw();
        var measures = new Dictionary<string, SimilarityMatrix>(drawn.Measures, StringComparer.Ordinal) { ["copy"] = drawn.Measures["m0"] };
        var evidence = new LinkEvidence(drawn.SourceIds, drawn.TargetIds, measures);
        var options = new InferenceOptions { Fit = FitSettings.Default with { MeasureFamilyCorrelation = 0.99 } };

        var names = LinkInference.Infer(evidence, options).Parameters.Emission!.Names;

        Assert.Contains("m0|copy:global", names);
        Assert.Contains("m1:global", names);
        Assert.DoesNotContain(names, n => n.StartsWith("copy:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FamilyCorrelationAboveOne_Throws()
    {
        var fit = FitSettings.Default with { MeasureFamilyCorrelation = 1.5 };

        Assert.Throws<ArgumentOutOfRangeException>(fit.Validate);
    }

    [Fact]
    public void Default_FamilyCorrelation_IsOff()
    {
        Assert.Null(FitSettings.Default.MeasureFamilyCorrelation);
    }
}
