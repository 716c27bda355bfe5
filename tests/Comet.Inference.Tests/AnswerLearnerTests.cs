using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Learning;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Tests;

/// <summary>
/// The answer learner (Learning/AnswerLearner): answers teach the unanswered links through content and
/// features, the link count follows the answers, noise teaches nothing, explanations still add up.
/// </summary>
public class AnswerLearnerTests
{
    /// <summary>
    /// A project whose links follow topics the measure barely sees: every target has one of the sources'
    /// topics and is a link of that source; one weak measure; the targets' texts share a term per topic,
    /// so a target that resembles a source's confirmed targets is its link too. Sources share no term
    /// with targets: only what the answers say can use the content.
    /// </summary>
    private static (LinkEvidence Evidence, bool[] Links) TopicProject(int seed, bool withContent = true)
    {
        const int sources = 30, targets = 150, noiseTerms = 400;
        var random = new Random(seed);
        var topic = Enumerable.Range(0, targets).Select(_ => random.Next(sources)).ToArray();
        var links = new bool[sources * targets];
        var scores = new double[sources * targets];
        for (var s = 0; s < sources; s++)
        {
            for (var t = 0; t < targets; t++)
            {
                var pair = (s * targets) + t;
                links[pair] = topic[t] == s;
                scores[pair] = Gaussian(random) + (links[pair] ? 1.0 : 0);
            }
        }

        var sourceIds = Enumerable.Range(0, sources).Select(i => $"R{i:00}").ToArray();
        var targetIds = Enumerable.Range(0, targets).Select(j => $"C{j:000}").ToArray();
        var measures = new Dictionary<string, SimilarityMatrix> { ["m"] = new(sourceIds, targetIds, scores) };
        var content = new ContentVectors(
            sources + noiseTerms + sources,
            [.. Enumerable.Range(0, sources).Select(s => new SparseVector([s], [1.0]))],
            [.. Enumerable.Range(0, targets).Select(t => TargetVector(sources + random.Next(noiseTerms), sources + noiseTerms + topic[t]))]);
        return (new LinkEvidence(sourceIds, targetIds, measures) { Content = withContent ? content : null }, links);
    }

    private static SparseVector TargetVector(int noise, int topicTerm) => new([noise, topicTerm], [0.6, 0.8]);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static FeedbackAnswer[] Answers(LinkEvidence evidence, bool[] links, double share, double flipped, int seed)
    {
        var random = new Random(seed);
        var answers = new List<FeedbackAnswer>();
        for (var i = 0; i < links.Length; i++)
        {
            if (random.NextDouble() < share)
            {
                var says = random.NextDouble() < flipped ? !links[i] : links[i];
                var (s, t) = (evidence.SourceIds[i / evidence.TargetCount], evidence.TargetIds[i % evidence.TargetCount]);
                answers.Add(says ? FeedbackAnswer.Confirm(s, t, 0.95) : FeedbackAnswer.Reject(s, t, 0.95));
            }
        }

        return [.. answers];
    }

    private static HashSet<TraceLink> Judged(FeedbackAnswer[] answers) => answers.Select(a => new TraceLink(a.SourceId, a.TargetId)).ToHashSet();

    [Fact]
    public void Infer_AccurateAnswers_TeachTheUnansweredLinksThroughContent()
    {
        var (evidence, links) = TopicProject(seed: 3);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0, seed: 4);

        var before = UnseenPairs.AveragePrecision(LinkInference.Infer(evidence), links, Judged(answers));
        var learned = LinkInference.Infer(evidence.WithFeedback(answers));
        var after = UnseenPairs.AveragePrecision(learned, links, Judged(answers));

        Assert.StartsWith("weights", learned.Parameters.AnswerLearning!.Setting, StringComparison.Ordinal);
        Assert.True(after > before + 0.15, $"AP on unanswered pairs {before:0.000} -> {after:0.000}");
        var like = learned.Parameters.AnswerLearning.Weights.Single(w => w.Name == "like confirmed").LogOdds;
        Assert.True(like > 0, $"weight of 'like confirmed' {like:0.000}");
    }

    [Fact]
    public void Infer_AnswersOnSomeSources_ReorderOnlyThoseSourcesCandidates()
    {
        var (evidence, links) = TopicProject(seed: 3);
        var answers = Answers(evidence, links, share: 0.5, flipped: 0, seed: 4).Where(a => string.CompareOrdinal(a.SourceId, "R10") < 0).ToArray();

        var options = new InferenceOptions { Answers = AnswerLearningSettings.Default with { WeightsOnlyForAnsweredSources = true } };

        var fit = LinkInference.Infer(evidence);
        var learned = LinkInference.Infer(evidence.WithFeedback(answers), options);
        var everywhere = LinkInference.Infer(evidence.WithFeedback(answers));

        Assert.StartsWith("weights", learned.Parameters.AnswerLearning!.Setting, StringComparison.Ordinal);
        Assert.True(learned.Parameters.AnswerLearning.WeightsOnlyForAnsweredSources);
        Assert.False(everywhere.Parameters.AnswerLearning!.WeightsOnlyForAnsweredSources);
        int[] Order(LinkPosteriors posteriors, int s) =>
            [.. Enumerable.Range(0, evidence.TargetCount).OrderByDescending(t => posteriors.LogOddsOf(s, t)).ThenBy(t => t)];
        Assert.True(Enumerable.Range(0, 10).Any(s => !Order(fit, s).SequenceEqual(Order(learned, s))), "the answered sources' candidates move");
        Assert.All(Enumerable.Range(10, 20), s => Assert.Equal(Order(fit, s), Order(learned, s)));
        Assert.True(Enumerable.Range(10, 20).Any(s => !Order(fit, s).SequenceEqual(Order(everywhere, s))), "by default the weights reorder them too");

        // An unanswered source's explanation still adds up, on its own calibration and without learned weights.
        var e = learned.Explain(20, 7);
        Assert.Equal(0, e.Learned);
        Assert.Equal(e.LogOdds, e.Prior + e.Measures.Sum(m => m.LogOdds) + e.Feedback + e.SourceFeedback + e.TargetFeedback + e.Transitive.Sum(m => m.LogOdds), 9);
    }

    [Fact]
    public void Infer_WithoutContent_AnswersStillTeachLessButDoNotHarm()
    {
        var (evidence, links) = TopicProject(seed: 3, withContent: false);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0, seed: 4);

        var before = UnseenPairs.AveragePrecision(LinkInference.Infer(evidence), links, Judged(answers));
        var after = UnseenPairs.AveragePrecision(LinkInference.Infer(evidence.WithFeedback(answers)), links, Judged(answers));

        Assert.True(after > before - 0.01, $"AP on unanswered pairs {before:0.000} -> {after:0.000}");
    }

    [Fact]
    public void Infer_CoinFlipAnswers_LeaveTheRankingOfUnansweredPairs()
    {
        var (evidence, links) = TopicProject(seed: 5);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0.5, seed: 6);
        var judged = Judged(answers);

        var without = LinkInference.Infer(evidence).ToRankedLinks().Where(l => !judged.Contains(l.Link)).Select(l => l.Link);
        var learned = LinkInference.Infer(evidence.WithFeedback(answers));
        var with = learned.ToRankedLinks().Where(l => !judged.Contains(l.Link)).Select(l => l.Link);

        Assert.DoesNotContain("weights", learned.Parameters.AnswerLearning!.Setting, StringComparison.Ordinal);
        Assert.Equal(without.ToArray(), with.ToArray());
    }

    [Fact]
    public void Infer_AnswersThatShowMoreLinks_MoveTheExpectedCountTowardThem()
    {
        var (evidence, links) = TopicProject(seed: 7);
        var truth = links.Count(l => l);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0, seed: 8);

        static double Sum(LinkPosteriors p) => Enumerable.Range(0, p.Count).Sum(i => p.Probability(i / p.TargetIds.Count, i % p.TargetIds.Count));
        var without = Sum(LinkInference.Infer(evidence));
        var with = Sum(LinkInference.Infer(evidence.WithFeedback(answers)));

        Assert.True(Math.Abs(with - truth) < Math.Abs(without - truth), $"expected links {without:0.0} -> {with:0.0}, true {truth}");
    }

    [Fact]
    public void LinkCount_LearnedFromAnswers_CarriesTheCalibrationsDoubt()
    {
        var (evidence, links) = TopicProject(seed: 12);
        var posteriors = LinkInference.Infer(evidence.WithFeedback(Answers(evidence, links, share: 0.15, flipped: 0, seed: 112)));
        var learning = posteriors.Parameters.AnswerLearning!;
        var count = Review.LinkCountEstimate.Of(posteriors);
        var linksAlone = Enumerable.Range(0, posteriors.Count).Sum(i =>
        {
            var p = posteriors.Probability(i / posteriors.TargetIds.Count, i % posteriors.TargetIds.Count);
            return p * (1 - p);
        });

        Assert.True(learning.LearnedCount, learning.Setting);
        Assert.True(learning.CountVariance > linksAlone, $"coefficients' variance {learning.CountVariance:0.0} vs the links' own {linksAlone:0.0}");
        Assert.Equal(1.645 * Math.Sqrt(linksAlone + learning.CountVariance), count.Upper - count.Expected, 6);
    }

    [Fact]
    public void Explain_WithLearnedAnswers_TermsAddUpToTheLogOdds()
    {
        var (evidence, links) = TopicProject(seed: 3);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0, seed: 4);
        var posteriors = LinkInference.Infer(evidence.WithFeedback(answers));

        foreach (var (s, t) in new[] { (0, 0), (3, 17), (29, 149) })
        {
            var e = posteriors.Explain(s, t);
            var sum = e.Prior + e.Measures.Sum(m => m.LogOdds) + e.Feedback + e.SourceFeedback + e.TargetFeedback + e.Learned + e.Transitive.Sum(m => m.LogOdds);
            Assert.Equal(e.LogOdds, sum, 9);
            Assert.Equal(posteriors.LogOddsOf(s, t), e.LogOdds, 12);
        }
    }
    [Fact]
    public void AnswerSession_LearnsEachAnswerSetAsAFreshInferenceWould()
    {
        var (evidence, links) = TopicProject(seed: 3);
        var first = Answers(evidence, links, share: 0.15, flipped: 0, seed: 4);
        var second = Answers(evidence, links, share: 0.05, flipped: 0.25, seed: 9);
        var session = Learning.AnswerSession.Start(evidence);

        // One session replays answer sets in any order, each as if the model were fitted afresh.
        var fromSession = new[] { session.Learn(second), session.Learn(first), session.Learn([]) };
        var fresh = new[] { LinkInference.Infer(evidence.WithFeedback(second)), LinkInference.Infer(evidence.WithFeedback(first)), LinkInference.Infer(evidence) };
        for (var k = 0; k < fresh.Length; k++)
        {
            Assert.Equal(fresh[k].LogOdds.ToArray(), fromSession[k].LogOdds.ToArray());
        }

        Assert.NotEqual(fresh[0].LogOdds.ToArray(), fresh[2].LogOdds.ToArray());
    }

    [Fact]
    public void ReliableAnswers_NeedOnlyTheMarginInTotal_NotFourFoldsOfFive()
    {
        // Held-out log-likelihood per fold of: prior, calibration, weights at two precisions. The first
        // weights gain 4 nats in total (3 over the calibration) but win on only 3 folds of 5; the second
        // gain 1.1 over the calibration, below the margin.
        double[][] perFold =
        [
            [0, 0, 0, 0, 0],
            [0.2, 0.2, 0.2, 0.2, 0.2],
            [2.0, 1.5, 1.5, -0.5, -0.5],
            [0.9, 0.9, 0.9, -0.3, -0.3],
        ];
        const double margin = 2.0;

        var usual = Learning.AnswerLearner.Choose(perFold, margin, margin);

        Assert.Equal(0, usual); // the calibration gains 1 nat, under the margin; the weights fail the fold rule
        Assert.Equal(2, Learning.AnswerLearner.ChooseForReliableAnswers(perFold, margin, usual));
        perFold[2] = [0.5, 0.5, 0.5, 0.5, 0.4]; // 2.4 in total: 1.4 over the calibration, under the margin
        Assert.Equal(usual, Learning.AnswerLearner.ChooseForReliableAnswers(perFold, margin, usual));
        Assert.Throws<ArgumentOutOfRangeException>(() => (Learning.AnswerLearningSettings.Default with { TrustedAnswersFalseAlarm = 1.5 }).Validate());
    }

    [Fact]
    public void SimplestWithin_ALooserFitMustBeatATighterOneByMoreThanTheFoldsNoise()
    {
        // Prior, calibration, weights at precision 10 and at 3. Precision 3 is best in total (+1 nat over
        // 10) but its lead swings from fold to fold; precision 10 gains the margin over the calibration.
        double[][] perFold =
        [
            [0, 0, 0, 0, 0],
            [0.5, 0.5, 0.5, 0.5, 0.5],
            [1.5, 1.5, 1.5, 1.5, 1.5],
            [3.5, 0.5, 2.5, 0.5, 1.5],
        ];
        const double margin = 2.0;

        Assert.Equal(3, Learning.AnswerLearner.ChooseForReliableAnswers(perFold, margin, 0));
        // The difference 3 - 10 per fold: +2, -1, +1, -1, 0 (sd 1.30, the sum's error 2.92): 1 nat is not
        // within 0.25 errors (0.73), it is within 1.
        Assert.Equal(3, Learning.AnswerLearner.SimplestWithin(perFold, 0.25, margin, margin, 3));
        Assert.Equal(2, Learning.AnswerLearner.SimplestWithin(perFold, 1, margin, margin, 3));
        // A steady lead of 0.2 nats per fold (no spread) is never within any number of errors.
        perFold[3] = [1.7, 1.7, 1.7, 1.7, 1.7];
        Assert.Equal(3, Learning.AnswerLearner.SimplestWithin(perFold, 100, margin, margin, 3));
        // When even the prior is within reach, the choice falls back to the prior or the calibration by
        // the calibration's margin (here it gains 1.5 nats: enough only where no margin is asked).
        perFold[1] = [0.3, 0.3, 0.3, 0.3, 0.3];
        perFold[3] = [6.0, -3.5, 5.0, -3.0, 0.0];
        Assert.Equal(0, Learning.AnswerLearner.SimplestWithin(perFold, 1, margin, margin, 3));
        Assert.Equal(1, Learning.AnswerLearner.SimplestWithin(perFold, 1, margin, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => (Learning.AnswerLearningSettings.Default with { SimplerWithinStandardErrors = -1 }).Validate());
    }

    [Fact]
    public void TriedPrecisions_TheLoosestNeedsEnoughLinkAnswers()
    {
        var settings = Learning.AnswerLearningSettings.Default;
        FeedbackObservation[] Answers(int links) =>
            [.. Enumerable.Range(0, 50).Select(pair => new FeedbackObservation(pair, pair < links, 0.9))];

        Assert.Equal([100.0, 30, 10], Learning.AnswerLearner.TriedPrecisions(settings, Answers(9), mostlyAboveTypical: false));
        Assert.Equal([100.0, 30, 10, 3], Learning.AnswerLearner.TriedPrecisions(settings, Answers(9), mostlyAboveTypical: true));
        Assert.Equal([100.0, 30, 10, 3], Learning.AnswerLearner.TriedPrecisions(settings, Answers(10), mostlyAboveTypical: false));
        Assert.Equal([100.0, 30, 10, 3], Learning.AnswerLearner.TriedPrecisions(settings with { LoosestPrecisionMinimumLinks = null }, Answers(0), mostlyAboveTypical: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { LoosestPrecisionMinimumLinks = 0 }).Validate());
    }

    [Fact]
    public void Infer_AnswersReadAsNoisy_KeepTheRankingOfUnansweredPairs()
    {
        // Accurate answers that earn weights under the defaults (the first test), with a threshold every
        // learned false-alarm rate reaches: the answers may recalibrate, not reorder.
        var (evidence, links) = TopicProject(seed: 3);
        var answers = Answers(evidence, links, share: 0.15, flipped: 0, seed: 4);
        var judged = Judged(answers);
        var options = new Inference.InferenceOptions
        {
            Answers = Learning.AnswerLearningSettings.Default with { NoisyAnswersFalseAlarm = 1e-9, TrustedAnswersFalseAlarm = null },
        };

        var without = LinkInference.Infer(evidence).ToRankedLinks().Where(l => !judged.Contains(l.Link)).Select(l => l.Link);
        var learned = new Inference.VariationalLinkInference().Infer(evidence.WithFeedback(answers), options);
        var with = learned.ToRankedLinks().Where(l => !judged.Contains(l.Link)).Select(l => l.Link);

        Assert.DoesNotContain("weights", learned.Parameters.AnswerLearning!.Setting, StringComparison.Ordinal);
        Assert.Equal(without.ToArray(), with.ToArray());
    }

    [Fact]
    public void ReadAsNoisy_FalseAlarmAtOrAboveTheThreshold_OnAt008ByDefault()
    {
        var settings = Learning.AnswerLearningSettings.Default;
        static Learning.AnswerLogistic.Solution Calibrated(double falseAlarm) => new([0, 1.5], new Model.FeedbackLikelihood(0.9, falseAlarm));

        Assert.Equal(0.08, settings.NoisyAnswersFalseAlarm);
        Assert.False(Learning.AnswerLearner.ReadAsNoisy(Calibrated(0.5), settings with { NoisyAnswersFalseAlarm = null }));
        Assert.True(Learning.AnswerLearner.ReadAsNoisy(Calibrated(0.08), settings));
        Assert.True(Learning.AnswerLearner.ReadAsNoisy(Calibrated(0.2), settings));
        Assert.False(Learning.AnswerLearner.ReadAsNoisy(Calibrated(0.079), settings));
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { NoisyAnswersFalseAlarm = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { NoisyAnswersFalseAlarm = 1 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { NoisyAnswersFalseAlarm = 0.04 }).Validate()); // below the trusted 0.05
    }

    [Fact]
    public void AnswersOnCandidates_LetTheCalibrationInOnAnyGain_OthersNeedTheMargin()
    {
        // The calibration gains 1 nat over the prior, under the 2-nat margin; no weights gain more.
        double[][] perFold =
        [
            [0, 0, 0, 0, 0],
            [0.2, 0.2, 0.2, 0.2, 0.2],
            [0.1, 0.1, 0.1, 0.1, 0.1],
        ];
        Assert.Equal(0, Learning.AnswerLearner.Choose(perFold, 2.0, 2.0));
        Assert.Equal(1, Learning.AnswerLearner.Choose(perFold, 2.0, 0.0));

        // Shifted log-odds (pair's unsupervised log-odds less the median pair's) of 3 sources x 2 targets
        // (pair = source x 2 + target): 3 of 4 answered pairs above 0.
        double[] shifted = [-2, 1, 2, 3, -1, 0.5];
        var settings = Learning.AnswerLearningSettings.Default;
        Assert.True(OnCandidates([0, 1, 2, 3], shifted, 2, settings));
        Assert.False(OnCandidates([0, 1, 4, 5], shifted, 2, settings)); // 2 of 4 above, as random answers give
        Assert.False(OnCandidates([1, 2, 3], shifted, 2, settings with { CandidateAnswersShare = null }));
        Assert.False(Learning.AnswerLearner.MostlyAboveTypical([1, 2, 3], shifted, null));
        Assert.False(Learning.AnswerLearner.MostlyAboveTypical([], shifted, 0.5));

        // All answers on one requirement (4 targets: pairs 0-3 are source 0), as a top-down review gives.
        Assert.False(OnCandidates([1, 2, 3], shifted, 4, settings));
        Assert.True(OnCandidates([1, 2, 3], shifted, 4, settings with { CandidateAnswersPerSource = 3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { CandidateAnswersShare = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { CandidateAnswersPerSource = 0.5 }).Validate());
    }

    // As Learn reads it: where the answers sit first, then how many each requirement has.
    private static bool OnCandidates(int[] pairs, double[] shifted, int targets, Learning.AnswerLearningSettings settings) =>
        Learning.AnswerLearner.OnCandidates(pairs, Learning.AnswerLearner.MostlyAboveTypical(pairs, shifted, settings.CandidateAnswersShare), targets, settings);
}
