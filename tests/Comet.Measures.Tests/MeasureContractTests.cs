using Comet.Core.Similarity;

namespace Comet.Measures.Tests;

/// <summary>One contract, every registered measure: shape, finiteness on edge cases, determinism.</summary>
public class MeasureContractTests
{
    public static TheoryData<string> MeasureNames() => new(MeasureRegistry.Names);

    private static void AssertWellFormed(SimilarityMatrix matrix, int rows, int columns)
    {
        Assert.Equal(rows, matrix.Rows);
        Assert.Equal(columns, matrix.Columns);
        foreach (var value in matrix.Values.ToArray())
        {
            Assert.True(double.IsFinite(value), $"non-finite score {value}");
        }
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_EmptyAndStopWordOnlyArtifacts_GiveFiniteScores(string name)
    {
        var context = MeasureFixtures.Context(
            ["", "the of and shall", "payment refund invoice"],
            ["payment invoice service", "", "the which that"]);
        AssertWellFormed(MeasureRegistry.Create(name).Compute(context), 3, 3);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_SingleSourceAndTarget_GivesOneFiniteCell(string name)
    {
        AssertWellFormed(MeasureRegistry.Create(name).Compute(MeasureFixtures.Context(["booking"], ["booking service"])), 1, 1);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_IdenticalArtifacts_ScoreAtLeastAsHighAsUnrelatedOnes(string name)
    {
        var matrix = MeasureRegistry.Create(name).Compute(MeasureFixtures.Context(
            ["patient appointment booking calendar", "invoice payment refund"],
            ["patient appointment booking calendar", "invoice payment refund"]));
        AssertWellFormed(matrix, 2, 2);
        Assert.True(matrix[0, 0] >= matrix[0, 1]);
        Assert.True(matrix[1, 1] >= matrix[1, 0]);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_NonAsciiItalianText_GivesFiniteScores(string name)
    {
        var context = MeasureFixtures.Context(
            ["Il sistema gestisce la qualità delle città", "prenotazione camera"],
            ["Gestione qualità città è però", "camera prenotazione perché"],
            "it");
        AssertWellFormed(MeasureRegistry.Create(name).Compute(context), 2, 2);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_SameSeedTwice_GivesSameMatrix(string name)
    {
        var task = MeasureFixtures.Task(
            ["user login password", "report export pdf", "audit log entry"],
            ["login controller password hash", "pdf exporter report", "log writer audit", "unrelated weather"]);
        var first = MeasureRegistry.Create(name).Compute(MeasureFixtures.Context(task, seed: 7));
        var second = MeasureRegistry.Create(name).Compute(MeasureFixtures.Context(task, seed: 7));
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
    }

    [Fact]
    public void Parse_UnknownName_ThrowsInputErrorListingKnownOnes()
    {
        var error = Assert.Throws<Comet.Core.CometInputException>(() => MeasureRegistry.Parse("vsm,nope"));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("vsm", error.Message, StringComparison.Ordinal);
    }
}
