using Comet.Core.Similarity;
using Comet.Measures.Latent;
using Comet.TestSupport;

namespace Comet.Measures.Tests;

/// <summary>The opt-in warm start of LSI's Lanczos path from the project's last decomposition (issue 20).</summary>
public class LsiWarmStartTests
{
    // Low enough that 50 documents go through Lanczos, the only path with a warm start.
    private const int Limit = 30;

    // 1 changed document of 50 is 2%: under this share, so a one-file change may warm-start.
    private const double Share = 0.05;

    private static MeasureContext Corpus(int seed, int targets = 45, params int[] changedTargets)
    {
        var random = new Random(seed);
        string Text() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => "word" + (char)('a' + random.Next(26)) + (char)('a' + random.Next(8))));
        var sources = Enumerable.Range(0, 5).Select(_ => Text()).ToArray();
        var texts = Enumerable.Range(0, targets).Select(_ => Text()).ToArray();
        foreach (var changed in changedTargets)
        {
            texts[changed] += " extra " + texts[(changed + 1) % targets];
        }

        return TinyTasks.Context(sources, texts);
    }

    private static LsiMeasure Warm(string folder, List<string> log, double tolerance = 1e-3) =>
        new(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder), warmStartShare: Share, log: log.Add)
        {
            RefinementTolerance = tolerance,
            MaxRefinementRounds = 500,
        };

    /// <summary>
    /// The reference: the dense Gram path (the default limit), exact to rounding. Lanczos on a corpus this small
    /// stops at its step cap (limit - 1 = 29 steps) and is itself 5.6e-6 off in the first test's scores.
    /// </summary>
    private static SimilarityMatrix Exact(MeasureContext context) => new LsiMeasure(dimensions: 4).Compute(context);

    private static double Deviation(SimilarityMatrix a, SimilarityMatrix b) =>
        a.Values.ToArray().Zip(b.Values.ToArray(), (x, y) => Math.Abs(x - y)).Max();

    [Fact]
    public void Compute_OneDocumentChangedAndTightTolerance_AgreesWithTheExactDecompositionWithin1e10()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        _ = Warm(folder.Path, log).Compute(Corpus(1));

        var warm = Warm(folder.Path, log, tolerance: 1e-12).Compute(Corpus(1, changedTargets: 7));
        var exact = Exact(Corpus(1, changedTargets: 7));

        Assert.Contains("warm start from the last decomposition converged", log[^1], StringComparison.Ordinal);
        Assert.InRange(Deviation(warm, exact), 0.0, 1e-10);
    }

    [Fact]
    public void Compute_DefaultTolerance_StaysWithin5e2OfTheExactDecomposition()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        _ = Warm(folder.Path, log).Compute(Corpus(2));

        var warm = Warm(folder.Path, log).Compute(Corpus(2, changedTargets: 3));
        var exact = Exact(Corpus(2, changedTargets: 3));

        Assert.Contains("1 of 50 documents changed; warm start", log[^1], StringComparison.Ordinal);
        Assert.InRange(Deviation(warm, exact), 0.0, 5e-2);
    }

    [Fact]
    public void Compute_AfterAWarmStart_ARunWithoutItDecomposesInFull()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        _ = Warm(folder.Path, log).Compute(Corpus(6));
        _ = Warm(folder.Path, log).Compute(Corpus(6, changedTargets: 2));
        Assert.Contains("warm start", log[^1], StringComparison.Ordinal);

        var scores = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path), log: log.Add).Compute(Corpus(6, changedTargets: 2));

        Assert.Equal("lsi: full decomposition (these documents' vectors are not in the cache)", log[^1]);
        Assert.Equal(new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(6, changedTargets: 2)).Values.ToArray(), scores.Values.ToArray());
    }

    [Fact]
    public void Compute_OtherDocuments_DecomposesInFull()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        _ = Warm(folder.Path, log).Compute(Corpus(3));

        // One more target: other document ids, so no basis of these documents exists.
        var scores = Warm(folder.Path, log).Compute(Corpus(3, targets: 46));

        Assert.Equal("lsi: full decomposition (no earlier decomposition of these documents)", log[^1]);
        Assert.Equal(new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(3, targets: 46)).Values.ToArray(), scores.Values.ToArray());
    }

    [Fact]
    public void Compute_MoreChangedThanTheShare_DecomposesInFull()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        _ = Warm(folder.Path, log).Compute(Corpus(4));

        var scores = Warm(folder.Path, log).Compute(Corpus(4, changedTargets: [1, 2, 3]));

        Assert.Equal("lsi: full decomposition (3 of 50 documents changed, above the warm start's 5%)", log[^1]);
        Assert.Equal(new LsiMeasure(dimensions: 4, denseLimit: Limit).Compute(Corpus(4, changedTargets: [1, 2, 3])).Values.ToArray(), scores.Values.ToArray());
    }

    [Fact]
    public void Compute_WarmStartOff_StoresNoBasisAndSaysSo()
    {
        using var folder = new TemporaryFolder();
        var log = new List<string>();
        var measure = new LsiMeasure(dimensions: 4, denseLimit: Limit, cache: new LatentCache(folder.Path), log: log.Add);

        _ = measure.Compute(Corpus(5));

        Assert.Equal("lsi: full decomposition (these documents' vectors are not in the cache)", Assert.Single(log));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(folder.Path, "lsi"), "*.bin", SearchOption.AllDirectories));
    }
}
