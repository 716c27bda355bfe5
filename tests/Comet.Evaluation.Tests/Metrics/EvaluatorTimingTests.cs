using System.Diagnostics;
using System.Globalization;
using Comet.Core.Links;
using Comet.Evaluation.Metrics;
using Xunit.Abstractions;

namespace Comet.Evaluation.Tests.Metrics;

[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>
/// 1M pairs (1000 x 1000) through both evaluation paths. The times are printed, not asserted: speed is
/// checked by benchmarks, never by timed unit tests, which fail on a loaded machine.
/// </summary>
[Collection(nameof(TimingCollection))]
public class EvaluatorTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_OneMillionPairs_MatrixAndLinksPathsAgree()
    {
        var (matrix, gold) = EvaluatorTests.RandomTask(rows: 1000, columns: 1000, seed: 11);
        var run = RankedLinks.FromMatrix(matrix);
        var candidates = CandidateSpace.FromMatrix(matrix);
        var small = EvaluatorTests.RandomTask(20, 20, 1);
        Evaluator.Evaluate(RankedLinks.FromMatrix(small.Matrix), small.Gold, threshold: 0.5); // JIT warm-up of both paths
        Evaluator.Evaluate(small.Matrix, small.Gold, threshold: 0.5);

        var clock = Stopwatch.StartNew();
        var fromLinks = Evaluator.Evaluate(run, gold, candidates, threshold: 0.5);
        var linksTime = clock.Elapsed;
        clock.Restart();
        var fromMatrix = Evaluator.Evaluate(matrix, gold, threshold: 0.5);
        var matrixTime = clock.Elapsed;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RankedLinks: {linksTime.TotalMilliseconds:F0} ms, matrix: {matrixTime.TotalMilliseconds:F0} ms, AP {fromLinks.AveragePrecision:F4}"));
        Assert.Equal(fromLinks, fromMatrix);
        Assert.Equal(1_000_000L, fromMatrix.CandidatePairs);
    }
}
