using Comet.Core;
using Comet.Core.Similarity;
using Comet.Pipeline.Measuring;

namespace Comet.Pipeline.Tests;

/// <summary>
/// The contract of <see cref="Comet.Measures.ISimilarityMeasure"/>, run over every measure of the
/// pipeline's catalog (the textual ones, their combinations and the embedding): name, shape,
/// finiteness on edge cases, ranking of identical artifacts, determinism. A new measure that
/// registers is covered without a line here.
/// </summary>
public class MeasureContractTests(PipelineCatalogFixture fixture) : IClassFixture<PipelineCatalogFixture>
{
    // The names do not depend on the embedding's settings, so the default catalog lists them.
    public static TheoryData<string> MeasureNames() => new(PipelineMeasures.Catalog().Names);

    private static void AssertWellFormed(SimilarityMatrix matrix, int rows, int columns)
    {
        Assert.Equal(rows, matrix.Rows);
        Assert.Equal(columns, matrix.Columns);
        foreach (var value in matrix.Values.ToArray())
        {
            Assert.True(double.IsFinite(value), $"non-finite score {value}");
        }
    }

    private SimilarityMatrix Compute(string name, Comet.Measures.MeasureContext context) => fixture.Catalog.Create(name).Compute(context);

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Create_RegisteredName_GivesAMeasureOfThatName(string name)
    {
        Assert.Equal(name, fixture.Catalog.Create(name.ToUpperInvariant()).Name);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_EmptyAndStopWordOnlyArtifacts_GiveFiniteScores(string name)
    {
        var context = TinyTasks.Context(
            ["", "the of and shall", "payment refund invoice"],
            ["payment invoice service", "", "the which that"],
            catalog: fixture.Catalog);
        AssertWellFormed(Compute(name, context), 3, 3);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_SingleSourceAndTarget_GivesOneFiniteCell(string name)
    {
        AssertWellFormed(Compute(name, TinyTasks.Context(["booking"], ["booking service"], catalog: fixture.Catalog)), 1, 1);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_IdenticalArtifacts_ScoreAtLeastAsHighAsUnrelatedOnes(string name)
    {
        var matrix = Compute(name, TinyTasks.Context(
            ["patient appointment booking calendar", "invoice payment refund"],
            ["patient appointment booking calendar", "invoice payment refund"],
            catalog: fixture.Catalog));
        AssertWellFormed(matrix, 2, 2);
        Assert.True(matrix[0, 0] >= matrix[0, 1]);
        Assert.True(matrix[1, 1] >= matrix[1, 0]);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_NonAsciiItalianText_GivesFiniteScores(string name)
    {
        var context = TinyTasks.Context(
            ["Il sistema gestisce la qualità delle città", "prenotazione camera"],
            ["Gestione qualità città è però", "camera prenotazione perché"],
            "it",
            fixture.Catalog);
        AssertWellFormed(Compute(name, context), 2, 2);
    }

    [Theory]
    [MemberData(nameof(MeasureNames))]
    public void Compute_SameSeedTwice_GivesSameMatrix(string name)
    {
        var task = TinyTasks.Task(
            ["user login password", "report export pdf", "audit log entry"],
            ["login controller password hash", "pdf exporter report", "log writer audit", "unrelated weather"]);

        // Two contexts, so nothing is shared between the two computations.
        var first = Compute(name, TinyTasks.Context(task, seed: 7, catalog: fixture.Catalog));
        var second = Compute(name, TinyTasks.Context(task, seed: 7, catalog: fixture.Catalog));
        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
    }

    [Fact]
    public void Parse_UnknownName_ThrowsInputErrorListingKnownOnes()
    {
        var error = Assert.Throws<CometInputException>(() => fixture.Catalog.Parse(["vsm", "nope"]));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("vsm", error.Message, StringComparison.Ordinal);
        Assert.Contains("embedding", error.Message, StringComparison.Ordinal);
    }
}
