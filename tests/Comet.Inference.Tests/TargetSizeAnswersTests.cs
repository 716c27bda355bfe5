using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Learning;
using Comet.Inference.Output;

namespace Comet.Inference.Tests;

/// <summary>
/// The answers' "target size" feature (Learning/AnswerFeatures): where a project's links go to its large
/// files and the measure prefers small ones (a cosine measure on code repositories), answers teach the
/// size; where links go to small files, the feature may not count against large ones.
/// </summary>
public class TargetSizeAnswersTests
{
    private const int Sources = 30, Targets = 150;

    /// <summary>
    /// Each target's size is 2 to 120 distinct terms; each source links to the targets of its topic, and
    /// only the larger or (<paramref name="linksToLarge"/> false) the smaller half of them. The measure
    /// sees the links and leans toward small targets, as full length normalisation does. The
    /// texts share no topic term, so only the size can carry what the answers say.
    /// </summary>
    private static (LinkEvidence Evidence, bool[] Links) Project(int seed, bool linksToLarge)
    {
        var random = new Random(seed);
        var size = Enumerable.Range(0, Targets).Select(_ => 2 + random.Next(119)).ToArray();
        var median = size.Order().ElementAt(Targets / 2);
        var topic = Enumerable.Range(0, Targets).Select(_ => random.Next(Sources / 3)).ToArray();
        var links = new bool[Sources * Targets];
        var scores = new double[Sources * Targets];
        for (var s = 0; s < Sources; s++)
        {
            for (var t = 0; t < Targets; t++)
            {
                var pair = (s * Targets) + t;
                links[pair] = topic[t] == s % (Sources / 3) && (linksToLarge ? size[t] > median : size[t] <= median);
                var smallness = (median - size[t]) / 60.0;
                scores[pair] = Gaussian(random) + (links[pair] ? 2.0 : 0) + (linksToLarge ? 0.8 * smallness : 0);
            }
        }

        var sourceIds = Enumerable.Range(0, Sources).Select(i => $"R{i:00}").ToArray();
        var targetIds = Enumerable.Range(0, Targets).Select(j => $"C{j:000}").ToArray();
        const int vocabulary = 5000;
        var content = new ContentVectors(
            vocabulary,
            [.. Enumerable.Range(0, Sources).Select(s => new SparseVector([s], [1.0]))],
            [.. size.Select(n => Vector(random, n, vocabulary))]);
        var measures = new Dictionary<string, SimilarityMatrix> { ["m"] = new(sourceIds, targetIds, scores) };
        return (new LinkEvidence(sourceIds, targetIds, measures) { Content = content }, links);
    }

    /// <summary>A unit vector over <paramref name="terms"/> random distinct terms (ids above the sources' own).</summary>
    private static SparseVector Vector(Random random, int terms, int vocabulary)
    {
        var ids = new SortedSet<int>();
        while (ids.Count < terms)
        {
            ids.Add(Sources + random.Next(vocabulary - Sources));
        }

        var weight = 1 / Math.Sqrt(terms);
        return new SparseVector([.. ids], [.. ids.Select(_ => weight)]);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Accurate answers on the ten best candidates of the first ten sources (what a reviewer is asked first).</summary>
    private static FeedbackAnswer[] AnswersOnTopCandidates(LinkEvidence evidence, LinkPosteriors fit, bool[] links)
    {
        var answers = new List<FeedbackAnswer>();
        for (var s = 0; s < 10; s++)
        {
            foreach (var t in Enumerable.Range(0, Targets).OrderByDescending(t => fit.LogOddsOf(s, t)).Take(10))
            {
                var (source, target) = (evidence.SourceIds[s], evidence.TargetIds[t]);
                answers.Add(links[(s * Targets) + t] ? FeedbackAnswer.Confirm(source, target, 1) : FeedbackAnswer.Reject(source, target, 1));
            }
        }

        return [.. answers];
    }

    private static HashSet<TraceLink> Judged(FeedbackAnswer[] answers) => answers.Select(a => new TraceLink(a.SourceId, a.TargetId)).ToHashSet();

    private static double SizeWeight(LinkPosteriors learned) =>
        learned.Parameters.AnswerLearning!.Weights.SingleOrDefault(w => w.Name == AnswerFeatures.TargetSize).LogOdds;

    /// <summary>The fit without answers, and the fit after a reviewer answered its top candidates: AP on the unanswered pairs of both.</summary>
    private static (LinkPosteriors Learned, double Before, double After) ReviewTopCandidates(bool linksToLarge)
    {
        var (evidence, links) = Project(seed: 5, linksToLarge);
        var fit = LinkInference.Infer(evidence);
        var answers = AnswersOnTopCandidates(evidence, fit, links);

        var learned = LinkInference.Infer(evidence.WithFeedback(answers));
        return (learned, UnseenPairs.AveragePrecision(fit, links, Judged(answers)), UnseenPairs.AveragePrecision(learned, links, Judged(answers)));
    }

    [Fact]
    public void Infer_AnswersWhereLinksAreTheLargeFiles_TeachTheSizeToTheUnaskedRequirements()
    {
        var (learned, before, after) = ReviewTopCandidates(linksToLarge: true);

        Assert.StartsWith("weights", learned.Parameters.AnswerLearning!.Setting, StringComparison.Ordinal);
        Assert.True(SizeWeight(learned) > 0.5, $"weight of 'target size' {SizeWeight(learned):0.000}");
        Assert.True(after > before + 0.15, $"AP on unanswered pairs {before:0.000} -> {after:0.000}");
    }

    [Fact]
    public void Infer_AnswersWhereLinksAreTheSmallFiles_NeverCountSizeAgainstALink()
    {
        var (learned, before, after) = ReviewTopCandidates(linksToLarge: false);

        Assert.True(SizeWeight(learned) >= 0, $"weight of 'target size' {SizeWeight(learned):0.000}");
        Assert.True(after > before - 0.01, "answers on small files do not hurt the unasked pairs");
    }
}
