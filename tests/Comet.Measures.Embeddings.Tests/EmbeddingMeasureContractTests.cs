using Comet.Core.Similarity;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// The edge cases of tests/Comet.Measures.Tests/MeasureContractTests.cs, run on the real model
/// (loaded once for the class) with a private cache folder.
/// </summary>
public class EmbeddingMeasureContractTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private EmbeddingMeasure Measure() => new(new EmbeddingOptions { CacheFolder = fixture.CacheFolder });

    private static void AssertWellFormed(SimilarityMatrix matrix, int rows, int columns)
    {
        Assert.Equal(rows, matrix.Rows);
        Assert.Equal(columns, matrix.Columns);
        foreach (var value in matrix.Values.ToArray())
        {
            Assert.True(double.IsFinite(value), $"non-finite score {value}");
        }
    }

    [Fact]
    public void Name_IsEmbedding()
    {
        Assert.Equal("embedding", Measure().Name);
    }

    [Fact]
    public void Compute_EmptyAndStopWordOnlyArtifacts_GiveFiniteScores()
    {
        var context = Fixtures.Context(
            ["", "the of and shall", "payment refund invoice"],
            ["payment invoice service", "", "the which that"]);

        AssertWellFormed(Measure().Compute(context), 3, 3);
    }

    [Fact]
    public void Compute_SingleSourceAndTarget_GivesOneFiniteCell()
    {
        AssertWellFormed(Measure().Compute(Fixtures.Context(["booking"], ["booking service"])), 1, 1);
    }

    [Fact]
    public void Compute_IdenticalArtifacts_ScoreAtLeastAsHighAsUnrelatedOnes()
    {
        var matrix = Measure().Compute(Fixtures.Context(
            ["patient appointment booking calendar", "invoice payment refund"],
            ["patient appointment booking calendar", "invoice payment refund"]));

        AssertWellFormed(matrix, 2, 2);
        Assert.True(matrix[0, 0] >= matrix[0, 1]);
        Assert.True(matrix[1, 1] >= matrix[1, 0]);
    }

    [Fact]
    public void Compute_NonAsciiItalianText_GivesFiniteScores()
    {
        var context = Fixtures.Context(
            ["Il sistema gestisce la qualità delle città", "prenotazione camera"],
            ["Gestione qualità città è però", "camera prenotazione perché"],
            "it");

        AssertWellFormed(Measure().Compute(context), 2, 2);
    }

    [Fact]
    public void Compute_SameTaskTwice_GivesSameMatrix()
    {
        var task = Fixtures.Task(
            ["user login password", "report export pdf", "audit log entry"],
            ["login controller password hash", "pdf exporter report", "log writer audit", "unrelated weather"]);

        var first = Measure().Compute(Fixtures.Context(task));
        var uncached = new EmbeddingMeasure(new EmbeddingOptions { UseCache = false }).Compute(Fixtures.Context(task));

        Assert.Equal(first.Values.ToArray(), uncached.Values.ToArray());
    }

    [Fact]
    public void Compute_RelatedRequirementAndCode_RanksTheRelatedClassFirst()
    {
        var matrix = Measure().Compute(Fixtures.Context(
            ["The user logs in with a user name and a password."],
            ["class WeatherForecast { double getTemperature() { return sensor.read(); } }",
             "class LoginController { boolean checkPassword(String userName, String password) { ... } }"]));

        Assert.True(matrix[0, 1] > matrix[0, 0], $"login {matrix[0, 1]}, weather {matrix[0, 0]}");
    }
}
