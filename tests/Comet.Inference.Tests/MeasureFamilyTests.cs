using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Features;
using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

/// <summary>The bag-of-words measures entering as one family measure beside a neural one (<see cref="MeasureFamily"/>).</summary>
public class MeasureFamilyTests
{
    private static readonly string[] Sources = ["S0", "S1"];
    private static readonly string[] Targets = ["T0", "T1", "T2"];

    private static Dictionary<string, SimilarityMatrix> Measures(params string[] names) =>
        names.ToDictionary(n => n, n => new SimilarityMatrix(Sources, Targets, [.. Enumerable.Range(0, 6).Select(i => (double)((i * (n.Length + 3)) % 7))]), StringComparer.Ordinal);

    [Fact]
    public void Blocks_WordsBesideTheEmbedding_AddTheFamilyFirstAndMarkItsMembers()
    {
        var blocks = MeasureFamily.Blocks(Measures("vsm", "lsi", "embedding", "js", "bm25"), FitSettings.Default);

        Assert.Equal(["lexical", "vsm", "lsi", "embedding", "js", "bm25"], blocks.Select(b => b.Group));
        Assert.Equal([false, true, true, false, true, true], blocks.Select(b => b.IsFamilyMember));
        Assert.All(blocks, b => Assert.False(b.IsPath));
    }

    [Fact]
    public void Blocks_BothFamiliesWithTwoMembersEach_AddBothFamilies()
    {
        var blocks = MeasureFamily.Blocks(Measures("arctic", "vsm", "embedding", "bm25", "ident"), FitSettings.Default);

        Assert.Equal(["lexical", "neural", "arctic", "vsm", "embedding", "bm25", "ident"], blocks.Select(b => b.Group));
        Assert.Equal([false, false, true, true, true, true, true], blocks.Select(b => b.IsFamilyMember));
    }

    [Theory]
    [InlineData("vsm,lsi,js,bm25")]          // words alone: nothing to balance
    [InlineData("vsm,lsi,js,bm25,ident,fine")] // the word family alone
    [InlineData("vsm,embedding")]            // one member is no family
    [InlineData("embedding,arctic")]         // neural alone
    [InlineData("embedding,arctic,structure")] // structure is of neither family
    public void Blocks_WithoutBothFamiliesOrWithoutTwoMembers_AreTheMeasuresAsTheyAre(string names)
    {
        var measures = Measures(names.Split(','));

        var blocks = MeasureFamily.Blocks(measures, FitSettings.Default);

        Assert.Equal(measures.Keys, blocks.Select(b => b.Group));
        Assert.All(blocks, b => Assert.False(b.IsFamilyMember));
    }

    [Fact]
    public void Blocks_NoWordMeasuresDeclared_TurnsTheFamilyOff()
    {
        var blocks = MeasureFamily.Blocks(Measures("vsm", "bm25", "arctic"), FitSettings.Default with { WordMeasures = [] });

        Assert.Equal(["vsm", "bm25", "arctic"], blocks.Select(b => b.Group));
    }

    [Fact]
    public void MeanZScores_AveragesStandardisedScoresAndSkipsConstants()
    {
        var rising = new SimilarityMatrix(["S"], ["A", "B", "C"], [1.0, 2.0, 3.0]);
        var scaled = new SimilarityMatrix(["S"], ["A", "B", "C"], [10.0, 30.0, 20.0]);
        var constant = new SimilarityMatrix(["S"], ["A", "B", "C"], [0.4, 0.4, 0.4]);

        var mean = MeasureFamily.MeanZScores([rising, scaled, constant]);

        // z of (1, 2, 3) and of (10, 30, 20) with the population sd sqrt(2/3); the constant adds zeros.
        var z = Math.Sqrt(1.5);
        Assert.Equal(-z / 3 + (-z / 3), mean[0], 12);
        Assert.Equal(0 + (z / 3), mean[1], 12);
        Assert.Equal((z / 3) + 0, mean[2], 12);
    }

    [Fact]
    public void FeatureWeights_FamilyMembers_ArePulledTowardZeroWithTheirOwnPrecision()
    {
        var weights = FeatureWeights.Declare(ModelPriors.Default with { FamilyMemberWeightPrecision = 7 });
        var member = new FeatureColumn("vsm", "vsm:global", [], FeatureView.Global, IsPath: false) { IsFamilyMember = true };
        var family = new FeatureColumn("vsm+bm25", "vsm+bm25:global", [], FeatureView.Global, IsPath: false);

        Assert.False(FeatureWeights.PoolsWithMeasures(member));
        Assert.Equal(7, weights.PriorPrecision(member));
        Assert.True(FeatureWeights.PoolsWithMeasures(family));
        Assert.Equal(ModelPriors.Default.WeightPooling, weights.PriorPrecision(family));
    }

    [Fact]
    public void Infer_FourLookAlikeWordMeasures_NoLongerOutvoteTheEmbedding()
    {
        // The embedding carries the strong signal; four near-copies of one weak signal stand for the words.
        var truth = new SimulationTruth(Sources: 30, Targets: 40, Density: 0.08, Concentration: 50, Weights: [1.2, 0.3], Correlation: 0.2);
        var drawn = new ModelSimulator(truth, 11).Draw();
        var random = new Random(5);
        var weak = drawn.Measures["m1"].Values.ToArray();
        var measures = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal) { ["embedding"] = drawn.Measures["m0"] };
        foreach (var name in new[] { "vsm", "lsi", "js", "bm25" })
        {
            measures[name] = new SimilarityMatrix(drawn.SourceIds, drawn.TargetIds, [.. weak.Select(v => v + (0.05 * random.NextDouble()))]);
        }

        var evidence = new LinkEvidence(drawn.SourceIds, drawn.TargetIds, measures);
        double EmbeddingShare(FitSettings fit)
        {
            var groups = LinkInference.Infer(evidence, new InferenceOptions { Fit = fit }).Parameters.GroupWeights;
            return groups["embedding"] / groups.Values.Sum();
        }

        var apart = EmbeddingShare(FitSettings.Default with { WordMeasures = [] });
        var family = EmbeddingShare(FitSettings.Default);

        Assert.True(family > apart + 0.05, $"embedding's share of the weight: {family:F3} as a family, {apart:F3} apart");
    }

    [Fact]
    public void TemperingFor_AFitWithAFamily_UsesTheFamilyTempering()
    {
        var output = OutputCalibrationSettings.Default with { OutputTempering = 0.2, FamilyOutputTempering = 0.4 };
        LinkModel Declared(params string[] names) =>
            LinkModel.Declare(new LinkEvidence(Sources, Targets, Measures(names)), ModelPriors.Default, FitSettings.Default);

        Assert.Equal(0.4, output.TemperingFor(Declared("vsm", "bm25", "embedding")));
        Assert.Equal(0.2, output.TemperingFor(Declared("vsm", "bm25")));
        Assert.Equal(0.2, output.TemperingFor(Declared("vsm", "embedding")));
    }

    [Fact]
    public void Validate_FamilyTemperingOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (OutputCalibrationSettings.Default with { FamilyOutputTempering = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (OutputCalibrationSettings.Default with { FamilyOutputTempering = 1.5 }).Validate());
    }
}
