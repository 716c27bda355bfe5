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
        var matrix = new LsiMeasure().Compute(TinyTasks.Context(
            ["invoice payment refund", "weather station rain"],
            ["invoice payment refund", "station rain forecast", "payment card"]));
        Assert.Equal(1.0, matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_TermsThatCooccurElsewhere_ScoreAboveZeroWhereVsmGivesZero()
    {
        // "car" and "automobile" never meet in S0/T0, but co-occur in the other documents.
        var context = TinyTasks.Context(
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
        var context = TinyTasks.Context(
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
    public void RowGram_SmallCorpus_EqualsMatrixProduct()
    {
        var corpus = TinyTasks.Context(["alpha beta beta", "gamma"], ["beta gamma", "alpha alpha delta"]).Corpus;
        var a = Matrix<double>.Build.DenseOfMatrix(DocumentTermMatrix.Build(corpus, TermWeighting.Counts));
        var rows = DocumentTermMatrix.WeightedRows(corpus, TermWeighting.Counts).Select(r => (r.Document.TermIds, r.Values)).ToArray();
        var actual = SparseRowMatrix.FromRows(rows, corpus.Vocabulary.Count).RowGram();
        Assert.True((a * a.Transpose() - actual).FrobeniusNorm() < Precision);
    }

    /// <summary>
    /// Beyond <see cref="LsiMeasure.DenseLimit"/> documents LSI takes the term-side Gram (small
    /// vocabulary) or Lanczos (large vocabulary); both must give the cosines of U_k S_k from a dense SVD.
    /// The limit is lowered to 120 so that the dense reference stays fast.
    /// </summary>
    [Theory]
    [InlineData(40)]
    [InlineData(600)]
    public void Compute_MoreDocumentsThanTheDenseLimit_MatchesDenseSvd(int vocabulary)
    {
        const int limit = 120;
        const int k = 5;
        var random = new Random(vocabulary);
        string Text() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => "word" + (char)('a' + random.Next(26)) + (char)('a' + random.Next(vocabulary / 26 + 1))));
        var context = TinyTasks.Context(
            [.. Enumerable.Range(0, 5).Select(_ => Text())],
            [.. Enumerable.Range(0, limit + 60).Select(_ => Text())]);

        var actual = new LsiMeasure(dimensions: k, denseLimit: limit).Compute(context);

        var a = Matrix<double>.Build.DenseOfMatrix(DocumentTermMatrix.Build(context.Corpus, TermWeighting.TfIdf));
        var svd = a.Svd(computeVectors: true);
        Assert.True(vocabulary < limit ? a.ColumnCount <= limit : a.ColumnCount > limit, $"{a.ColumnCount} terms");
        var latent = svd.U.SubMatrix(0, a.RowCount, 0, k) * Matrix<double>.Build.DenseOfDiagonalArray([.. svd.S.Take(k)]);
        var (sources, targets) = DocumentTermMatrix.Split(latent, context.Corpus);
        var expected = RowCosine.Fill(context, sources, targets);
        for (var i = 0; i < actual.Rows; i++)
        {
            for (var j = 0; j < actual.Columns; j++)
            {
                Assert.Equal(expected[i, j], actual[i, j], 1e-8);
            }
        }
    }

    [Fact]
    public void RowCosine_ZeroRow_ScoresZero()
    {
        var context = TinyTasks.Context(["alpha", "beta"], ["alpha", "beta"]);
        var sources = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 } });
        var targets = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 0 }, { 2, 2 } });
        var matrix = RowCosine.Fill(context, sources, targets);
        Assert.Equal(0.0, matrix[0, 0]);
        Assert.Equal(0.0, matrix[0, 1]);
        Assert.Equal(Math.Sqrt(0.5), matrix[1, 0], Precision);
        Assert.Equal(1.0, matrix[1, 1], Precision);
    }
}
