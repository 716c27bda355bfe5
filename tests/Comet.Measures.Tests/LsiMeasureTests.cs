using Comet.Measures.Latent;
using Comet.Measures.Lexical;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Measures.Tests;

public class LsiMeasureTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Compute_IdenticalTexts_GiveCosineOne()
    {
        var matrix = new LsiMeasure().Compute(MeasureFixtures.Context(
            ["invoice payment refund", "weather station rain"],
            ["invoice payment refund", "station rain forecast", "payment card"]));
        Assert.Equal(1.0, matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_TermsThatCooccurElsewhere_ScoreAboveZeroWhereVsmGivesZero()
    {
        // "car" and "automobile" never meet in S0/T0, but co-occur in the other documents.
        var context = MeasureFixtures.Context(
            ["car", "car automobile wheel", "garden flower"],
            ["automobile", "automobile car wheel", "flower garden seed"]);
        var lsi = new LsiMeasure(dimensions: 2).Compute(context);
        var vsm = new VsmMeasure().Compute(context);
        Assert.Equal(0.0, vsm[0, 0], Precision);
        Assert.True(lsi[0, 0] > 0.9, $"LSI similarity {lsi[0, 0]}");
        Assert.True(lsi[0, 2] < 0.1, $"LSI similarity {lsi[0, 2]}");
    }

    [Fact]
    public void Compute_CountAndTfIdfWeighting_BothRankTheMatchFirst()
    {
        var context = MeasureFixtures.Context(
            ["certificate enrollment client", "debug logging"],
            ["client certificate enrollment request", "logging debug messages", "socket buffer"]);
        foreach (var weighting in new[] { TermWeighting.Counts, TermWeighting.TfIdf })
        {
            var matrix = new LsiMeasure(weighting: weighting).Compute(context);
            Assert.True(matrix[0, 0] > matrix[0, 1] && matrix[0, 0] > matrix[0, 2], weighting.ToString());
            Assert.True(matrix[1, 1] > matrix[1, 0] && matrix[1, 1] > matrix[1, 2], weighting.ToString());
        }
    }

    [Fact]
    public void DocumentGram_SmallCorpus_EqualsMatrixProduct()
    {
        var corpus = MeasureFixtures.Context(["alpha beta beta", "gamma"], ["beta gamma", "alpha alpha delta"]).Corpus;
        var a = Matrix<double>.Build.DenseOfMatrix(DocumentTermMatrix.Build(corpus, TermWeighting.Counts));
        var expected = a * a.Transpose();
        var actual = DocumentGram.Build(corpus, TermWeighting.Counts, CancellationToken.None);
        Assert.True((expected - actual).FrobeniusNorm() < Precision);
    }

    [Fact]
    public void RowCosine_ZeroRow_ScoresZero()
    {
        var context = MeasureFixtures.Context(["alpha", "beta"], ["alpha", "beta"]);
        var sources = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 } });
        var targets = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 0 }, { 2, 2 } });
        var matrix = RowCosine.Fill(context, sources, targets);
        Assert.Equal(0.0, matrix[0, 0]);
        Assert.Equal(0.0, matrix[0, 1]);
        Assert.Equal(Math.Sqrt(0.5), matrix[1, 0], Precision);
        Assert.Equal(1.0, matrix[1, 1], Precision);
    }
}
