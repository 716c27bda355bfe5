using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;

namespace Comet.Inference.Tests;

/// <summary>
/// One contract every link inference keeps, run over every engine <see cref="LinkInference"/> knows
/// (the hierarchical model, COMET's closed form, the Gibbs reference, Infer.NET): the candidate space
/// comes back whole and in order, every probability is a probability, the same evidence gives the same
/// answer, links rank above non-links on an easy project, an answer never moves its own pair the wrong
/// way, and degenerate evidence (one pair, a measure of zeros) gives no NaN.
/// </summary>
public class InferenceContractTests
{
    private const int Sources = 12, Targets = 30;

    public static TheoryData<string> Engines() => [.. LinkInference.Names];

    private static (LinkEvidence Evidence, bool[] Links) EasyProject()
    {
        var random = new Random(5);
        var links = new bool[Sources * Targets];
        var vsm = new double[Sources * Targets];
        var bm25 = new double[Sources * Targets];
        for (var s = 0; s < Sources; s++)
        {
            for (var t = 0; t < Targets; t++)
            {
                var pair = (s * Targets) + t;
                links[pair] = t % Sources == s && t < 2 * Sources;
                vsm[pair] = (0.1 * random.NextDouble()) + (links[pair] ? 0.4 : 0);
                bm25[pair] = (3 * random.NextDouble()) + (links[pair] ? 9 : 0);
            }
        }

        var sourceIds = Enumerable.Range(0, Sources).Select(i => $"R{i:00}").ToArray();
        var targetIds = Enumerable.Range(0, Targets).Select(j => $"C{j:00}").ToArray();
        var measures = new Dictionary<string, SimilarityMatrix> { ["vsm"] = new(sourceIds, targetIds, vsm), ["bm25"] = new(sourceIds, targetIds, bm25) };
        return (new LinkEvidence(sourceIds, targetIds, measures), links);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Infer_EasyProject_KeepsTheCandidateSpaceAndRanksLinksFirst(string engine)
    {
        var (evidence, links) = EasyProject();

        var posteriors = LinkInference.Create(engine).Infer(evidence, InferenceOptions.Default);

        Assert.Equal(evidence.SourceIds, posteriors.SourceIds);
        Assert.Equal(evidence.TargetIds, posteriors.TargetIds);
        Assert.Equal(Sources * Targets, posteriors.Count);
        var p = Enumerable.Range(0, posteriors.Count).Select(i => posteriors.Probability(i / Targets, i % Targets)).ToArray();
        Assert.All(p, x => Assert.InRange(x, 0.0, 1.0));

        // Every link above every non-link would be AUC 1; the measures here separate them cleanly.
        var linkP = p.Where((_, i) => links[i]).ToArray();
        var otherP = p.Where((_, i) => !links[i]).ToArray();
        var auc = linkP.Average(l => otherP.Count(o => o < l) / (double)otherP.Length);
        Assert.True(auc > 0.95, $"{engine}: AUC {auc:0.000}");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Infer_SameEvidenceTwice_GivesTheSamePosteriors(string engine)
    {
        var (evidence, _) = EasyProject();
        var first = LinkInference.Create(engine).Infer(evidence, InferenceOptions.Default).LogOdds.ToArray();
        var second = LinkInference.Create(engine).Infer(evidence, InferenceOptions.Default).LogOdds.ToArray();

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Infer_WithAnswers_NeverMovesAnAnsweredPairAgainstItsAnswer(string engine)
    {
        var (evidence, links) = EasyProject();
        var answered = new[] { 0, 13, 47, 100, 200, 301 };
        var answers = answered.Select(i => links[i]
            ? FeedbackAnswer.Confirm(evidence.SourceIds[i / Targets], evidence.TargetIds[i % Targets], 1.0)
            : FeedbackAnswer.Reject(evidence.SourceIds[i / Targets], evidence.TargetIds[i % Targets], 1.0)).ToArray();
        var inference = LinkInference.Create(engine);

        var without = inference.Infer(evidence, InferenceOptions.Default);
        var with = inference.Infer(evidence.WithFeedback(answers), InferenceOptions.Default);

        foreach (var i in answered)
        {
            var (s, t) = (i / Targets, i % Targets);
            if (links[i])
            {
                Assert.True(with.Probability(s, t) >= without.Probability(s, t) - 1e-9, $"{engine}: confirmed pair {i} fell");
            }
            else
            {
                Assert.True(with.Probability(s, t) <= without.Probability(s, t) + 1e-9, $"{engine}: rejected pair {i} rose");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Infer_OnePairOrAMeasureOfZeros_GivesNoNaN(string engine)
    {
        var one = new LinkEvidence(["R"], ["C"], new Dictionary<string, SimilarityMatrix> { ["vsm"] = new(["R"], ["C"], [0.3]) });
        var ids = new[] { "R1", "R2" };
        var targets = new[] { "C1", "C2", "C3" };
        var zeros = new LinkEvidence(ids, targets, new Dictionary<string, SimilarityMatrix>
        {
            ["vsm"] = new(ids, targets, new double[6]),
            ["bm25"] = new(ids, targets, [1, 0, 0, 0, 2, 0]),
        });

        foreach (var evidence in new[] { one, zeros })
        {
            var posteriors = LinkInference.Create(engine).Infer(evidence, InferenceOptions.Default);
            Assert.Equal(evidence.SourceCount * evidence.TargetCount, posteriors.Count);
            Assert.All(posteriors.LogOdds.ToArray(), x => Assert.False(double.IsNaN(x), $"{engine}: NaN"));
        }
    }
}
