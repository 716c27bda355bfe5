using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class Bm25MeasureTests
{
    // Lucene scores in single precision.
    private const double Precision = 1e-5;

    /// <summary>Lucene's BM25: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), weight = idf (k1 + 1) tf / (tf + k1 (1 - b + b dl / avgdl)).</summary>
    private static double Expected(int n, int df, double tf, double length, double averageLength)
    {
        var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
        return idf * 2.2 * tf / (tf + (1.2 * (0.25 + (0.75 * length / averageLength))));
    }

    [Fact]
    public void Compute_SingleTermQuery_MatchesBm25Formula()
    {
        // Lengths 1 and 4 are exact in Lucene's one-byte length norm; average length 2.5.
        var matrix = new Bm25Measure().Compute(TinyTasks.Context(["alpha"], ["alpha", "alpha beta gamma delta"]));
        Assert.Equal(Expected(2, 2, 1, 1, 2.5), matrix[0, 0], Precision);
        Assert.Equal(Expected(2, 2, 1, 4, 2.5), matrix[0, 1], Precision);
        Assert.True(matrix[0, 0] > matrix[0, 1]);
    }

    [Fact]
    public void Compute_RepeatedQueryTerm_CountsEachOccurrence()
    {
        var once = new Bm25Measure().Compute(TinyTasks.Context(["alpha"], ["alpha", "beta gamma"]));
        var twice = new Bm25Measure().Compute(TinyTasks.Context(["alpha alpha"], ["alpha", "beta gamma"]));
        Assert.Equal(2 * once[0, 0], twice[0, 0], Precision);
    }

    [Fact]
    public void Compute_TargetWithoutSharedTerm_ScoresZero()
    {
        var matrix = new Bm25Measure().Compute(TinyTasks.Context(["alpha", ""], ["alpha", "beta gamma"]));
        Assert.Equal(0.0, matrix[0, 1]);
        Assert.Equal(0.0, matrix[1, 0]);
    }

    [Fact]
    public void Compute_RareTerm_OutweighsCommonTerm()
    {
        var matrix = new Bm25Measure().Compute(TinyTasks.Context(
            ["alpha beta"],
            ["alpha delta", "beta delta", "beta gamma", "beta epsilon"]));
        Assert.True(matrix[0, 0] > matrix[0, 1]);
    }
}
