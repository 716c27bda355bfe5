using System.Numerics.Tensors;
using Comet.Core.Numerics;
using Comet.Inference.Evidence;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Learning;

/// <summary>
/// How the model learns from its reviewers: the unsupervised fit (no answers) is the prior, and a
/// per-project logistic regression over the answered pairs (<see cref="AnswerLogistic"/>) learns how
/// many links the project has (alpha), how far to trust the fit (beta), and how the measures' views
/// and the answers' content features (<see cref="AnswerFeatures"/>) predict a link (w). How much it
/// may learn is chosen by 5-fold cross-validation over the answers: the prior as it is, the
/// calibration only, or the weights at one of <see cref="AnswerLearningSettings.AnswerLearningPrecisions"/>,
/// keeping the prior unless the held-out answers' log-likelihood gains at least
/// <see cref="AnswerLearningSettings.AnswerLearningMargin"/> nats (noisy answers then teach nothing rather than
/// the wrong thing).
/// </summary>
internal static class AnswerLearner
{
    private const int Folds = 5;
    private const int FoldsToWin = 4;

    // Beyond this many answered pairs cross-validation uses a seeded sample: the choice of setting
    // needs no more, and a 1M-pair project with 100k answers must stay within seconds.
    private const int CrossValidationLimit = 5000;

    public static LearnedAnswers Learn(LinkModel model, AnswerLearningSettings learning, ReadOnlySpan<double> reported, IReadOnlyList<FeedbackObservation> answers, ContentVectors? content)
    {
        var folds = FoldOf(answers);
        var columns = model.Features.Columns.Select(c => (c.Name, c.Values))
            .Concat(CrossFittedFeatures(model, answers, content, folds))
            .Concat(AnswerFeatures.TargetSizes(model.Sources, model.Targets, content))
            .Select(c => (c.Name, Values: Standardise(c.Values)))
            .Where(c => c.Values is not null)
            .ToArray();
        var pivot = learning.CentreAnswerCalibration ? Median(reported) : 0;
        var shifted = new double[reported.Length];
        TensorPrimitives.Subtract(reported, pivot, shifted);
        var logistic = new AnswerLogistic(shifted, pivot, columns.Select(c => c.Values!).ToArray(), columns.Select(c => SignOf(c.Name)).ToArray(), answers, model.Answers);
        // One reading of where the answers sit serves the calibration's margin, the raise fade and the
        // rules for answers spread over the pairs.
        var aboveTypical = MostlyAboveTypical(logistic.Pairs, shifted, learning.CandidateAnswersShare);
        var settings = new List<AnswerLogistic.Setting> { AnswerLogistic.Setting.PriorOnly, new(true, null) };
        settings.AddRange(TriedPrecisions(learning, answers, aboveTypical).Select(lambda => new AnswerLogistic.Setting(true, lambda)));
        var perFold = CrossValidate(logistic, settings, folds);
        var calibrationMargin = OnCandidates(logistic.Pairs, aboveTypical, model.Targets, learning) ? 0 : learning.AnswerLearningMargin;
        var chosen = Choose(perFold, learning.AnswerLearningMargin, calibrationMargin);
        var calibration = chosen >= 2 || learning.TrustedAnswersFalseAlarm is not null || learning.NoisyAnswersFalseAlarm is not null
            ? logistic.Fit(logistic.Pairs, settings[1])
            : null;
        if (chosen >= 2 && (calibration!.Scale < 1 || (!aboveTypical && ReadAsNoisy(calibration, learning))))
        {
            // The answers find the unsupervised fit less telling than it claims (25% flipped answers:
            // beta .5-.9; accurate ones: mostly 1.2-2.5), or, spread over the pairs, say "link" where the
            // calibration expects none too often: more likely noisy answers than a fit that is wrong in a
            // learnable way. They may recalibrate, not reorder. Answers on candidates are exempt: there
            // 20-50 accurate answers still learn a rate near the prior's 0.1 (EasyClinic/UC-TC, active
            // 20: unseen AP +0.244 -> 0 under the rule).
            chosen = CalibrationOrPrior(perFold, calibrationMargin);
        }

        if (learning.TrustedAnswersFalseAlarm is { } trusted && calibration!.Likelihood.FalseAlarm < trusted)
        {
            chosen = ChooseForReliableAnswers(perFold, learning.AnswerLearningMargin, chosen);
            if (learning.SimplerWithinStandardErrors is { } errors && !aboveTypical)
            {
                chosen = SimplestWithin(perFold, errors, learning.AnswerLearningMargin, calibrationMargin, chosen);
            }
        }

        // The calibration's fit, when it is the choice, was made above.
        var solution = chosen == 1 && calibration is not null ? calibration : logistic.Fit(logistic.Pairs, settings[chosen]);
        var n = reported.Length;
        var logOdds = new double[n];
        var learned = new double[n];
        var answered = new double[n];
        var z = new double[logistic.Dimension];
        for (var pair = 0; pair < n && settings[chosen].WeightPrecision is not null; pair++)
        {
            logistic.Design(pair, z);
            var weights = 0.0;
            for (var k = 2; k < z.Length; k++)
            {
                weights += solution.Theta[k] * z[k];
            }

            learned[pair] = weights;
        }

        foreach (var pair in logistic.Pairs)
        {
            answered[pair] = logistic.AnswerLogOdds(pair, solution.Likelihood);
        }

        // Weights learned from some requirements' answers need not hold for the others' (on real
        // repositories they mostly did not): a source nobody answered about keeps the fit's order and takes
        // the calibration-only fit's alpha and beta, fitted to the same answers, so its level among the
        // reordered rows stays right.
        var answeredSources = settings[chosen].WeightPrecision is not null && learning.WeightsOnlyForAnsweredSources
            ? AnsweredSources(logistic.Pairs, model.Sources, model.Targets)
            : null;
        var unansweredCalibration = answeredSources is null ? null : calibration ?? logistic.Fit(logistic.Pairs, settings[1]);

        // logit p = alpha + beta (r - r0) + w'x + the pair's own answers.
        for (var pair = 0; pair < n; pair++)
        {
            var rowFit = answeredSources is not null && !answeredSources[pair / model.Targets] ? unansweredCalibration! : solution;
            logOdds[pair] = (rowFit.Scale * shifted[pair]) + rowFit.Intercept;
            learned[pair] = ReferenceEquals(rowFit, solution) ? learned[pair] : 0;
        }

        var faded = learning.RaiseFadeBelowAnswers is { } width && aboveTypical
            ? RaiseBelowAnswers.Fade(reported, logOdds, logistic.Pairs, width)
            : null;
        TensorPrimitives.Add(logOdds, learned, logOdds);
        TensorPrimitives.Add(logOdds, answered, logOdds);
        var weightsByName = columns.Select((c, k) => (c.Name, solution.Theta[k + 2])).ToArray();
        // Reported against r itself, as explanations read it: alpha + beta (r - r0) = (alpha - beta r0) + beta r.
        var intercept = solution.Intercept - (solution.Scale * pivot);
        var countVariance = logistic.CountVariance(n, solution, settings[chosen]);
        return new LearnedAnswers(settings[chosen].ToString(), intercept, solution.Scale, weightsByName, solution.Likelihood, logOdds, learned, answered)
        {
            CountVariance = countVariance,
            Faded = faded,
            AnsweredSources = answeredSources,
            UnansweredCalibration = unansweredCalibration is null
                ? null
                : (unansweredCalibration.Intercept - (unansweredCalibration.Scale * pivot), unansweredCalibration.Scale),
        };
    }

    private static bool[] AnsweredSources(IEnumerable<int> answeredPairs, int sources, int targets)
    {
        var answered = new bool[sources];
        foreach (var pair in answeredPairs)
        {
            answered[pair / targets] = true;
        }

        return answered;
    }

    /// <summary>
    /// The prior unless a setting earns its place: the calibration must gain its own margin
    /// (<paramref name="calibrationMargin"/>: <paramref name="margin"/>, or 0 for answers on candidates) over the prior;
    /// weights, which reorder unanswered pairs, must gain it over the better of the two and also win on
    /// at least <see cref="FoldsToWin"/> of the folds (with noisy answers a gain summed over folds was
    /// often one lucky fold, and the weights it chose cost up to 0.14 AP).
    /// </summary>
    internal static int Choose(double[][] perFold, double margin, double calibrationMargin)
    {
        var total = perFold.Select(f => f.Sum()).ToArray();
        var chosen = CalibrationOrPrior(perFold, calibrationMargin);
        for (var k = 2; k < total.Length; k++)
        {
            var wins = Enumerable.Range(0, Folds).Count(f => perFold[k][f] > perFold[chosen][f]);
            if (total[k] > total[chosen] && total[k] - Math.Max(total[0], total[1]) >= margin && wins >= FoldsToWin)
            {
                chosen = k;
            }
        }

        return chosen;
    }

    /// <summary>
    /// For answers that look reliable (<see cref="AnswerLearningSettings.TrustedAnswersFalseAlarm"/>): the weights with
    /// the largest held-out gain, if that gain is at least the margin over both the prior and the
    /// calibration; otherwise what the usual rules chose.
    /// </summary>
    internal static int ChooseForReliableAnswers(double[][] perFold, double margin, int chosen)
    {
        var total = perFold.Select(f => f.Sum()).ToArray();
        var floor = Math.Max(total[0], total[1]);
        for (var k = 2; k < total.Length; k++)
        {
            if (total[k] - floor >= margin && (chosen < 2 || total[k] > total[chosen]))
            {
                chosen = k;
            }
        }

        return chosen;
    }

    /// <summary>
    /// The simplest setting whose held-out log-likelihood is within <paramref name="errors"/> standard errors
    /// of the chosen one's (the error of the difference, from the folds): the prior or the calibration (as
    /// <see cref="CalibrationOrPrior"/> decides between them), else the weights from the tightest precision
    /// that still gains the margin. A looser fit must beat a simpler one by more than the folds' noise.
    /// </summary>
    internal static int SimplestWithin(double[][] perFold, double errors, double margin, double calibrationMargin, int chosen)
    {
        if (chosen < 2)
        {
            return chosen;
        }

        var total = perFold.Select(f => f.Sum()).ToArray();
        var floor = Math.Max(total[0], total[1]);
        for (var k = 0; k < chosen; k++)
        {
            if (k >= 2 && total[k] - floor < margin)
            {
                continue;
            }

            var differences = Enumerable.Range(0, Folds).Select(f => perFold[chosen][f] - perFold[k][f]).ToArray();
            var mean = differences.Average();
            var variance = differences.Sum(d => (d - mean) * (d - mean)) / (Folds - 1);
            if (total[chosen] - total[k] <= errors * Math.Sqrt(Folds * variance))
            {
                return k >= 2 ? k : CalibrationOrPrior(perFold, calibrationMargin);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The weights' precisions to try: all, but for answers spread over the pairs the loosest only with
    /// enough "link" answers (<see cref="AnswerLearningSettings.LoosestPrecisionMinimumLinks"/>). Answers
    /// mostly above the typical pair (the model's questions, a review of best candidates) are exempt, as
    /// from the noisy-answer rule: the rule was measured on random answers only.
    /// </summary>
    internal static IEnumerable<double> TriedPrecisions(AnswerLearningSettings learning, IReadOnlyList<FeedbackObservation> answers, bool mostlyAboveTypical)
    {
        var precisions = learning.AnswerLearningPrecisions;
        if (mostlyAboveTypical || learning.LoosestPrecisionMinimumLinks is not { } least || precisions.Count == 0 || answers.Count(a => a.SaysLink) >= least)
        {
            return precisions;
        }

        var loosest = precisions.Min();
        return precisions.Where(p => p != loosest);
    }

    /// <summary>
    /// Whether the answers sit on candidates across requirements: <paramref name="mostlyAboveTypical"/>
    /// (<see cref="MostlyAboveTypical"/> with <see cref="AnswerLearningSettings.CandidateAnswersShare"/>), and the
    /// answered sources have at most <see cref="AnswerLearningSettings.CandidateAnswersPerSource"/> answers each on average.
    /// </summary>
    internal static bool OnCandidates(int[] pairs, bool mostlyAboveTypical, int targets, AnswerLearningSettings learning)
    {
        if (!mostlyAboveTypical)
        {
            return false;
        }

        var sources = pairs.Select(pair => pair / targets).Distinct().Count();
        return pairs.Length <= learning.CandidateAnswersPerSource * sources;
    }

    /// <summary>
    /// Whether at least <paramref name="share"/> of the answered pairs lie above the typical pair (shifted
    /// log-odds above 0); false without answers or without a share (the test switched off).
    /// </summary>
    internal static bool MostlyAboveTypical(int[] pairs, double[] shifted, double? share) =>
        share is { } least && pairs.Length > 0 && pairs.Count(pair => shifted[pair] > 0) >= least * pairs.Length;

    /// <summary>Whether the false-alarm rate learned with the calibration reaches <see cref="AnswerLearningSettings.NoisyAnswersFalseAlarm"/>.</summary>
    internal static bool ReadAsNoisy(AnswerLogistic.Solution calibration, AnswerLearningSettings learning) =>
        learning.NoisyAnswersFalseAlarm is { } noisy && calibration.Likelihood.FalseAlarm >= noisy;

    /// <summary>1 (the calibration) when it gains the margin over the prior (0), else 0.</summary>
    private static int CalibrationOrPrior(double[][] perFold, double margin) => perFold[1].Sum() - perFold[0].Sum() >= margin ? 1 : 0;

    /// <summary>Each answered pair's fold (0..Folds-1), seeded; the same folds cross-fit the features and cross-validate the settings.</summary>
    private static Dictionary<int, int> FoldOf(IReadOnlyList<FeedbackObservation> answers)
    {
        var pairs = answers.Select(a => a.Pair).Distinct().Order().ToArray();
        new Random(17).Shuffle(pairs);
        return pairs.Select((pair, i) => (pair, i)).ToDictionary(p => p.pair, p => p.i % Folds);
    }

    /// <summary>
    /// The answers' features, cross-fitted: an answered pair's value comes from the answers outside
    /// its fold, so its own answer (and its fold's) never scores it. Leave-one-out would not do: taking
    /// a confirmed pair's own answer out of its source's rate lowers the rate exactly where the label
    /// is "link", and the fit learns the opposite of the truth. Unanswered pairs use every answer.
    /// </summary>
    private static List<(string Name, double[] Values)> CrossFittedFeatures(
        LinkModel model, IReadOnlyList<FeedbackObservation> answers, ContentVectors? content, Dictionary<int, int> folds)
    {
        var all = AnswerFeatures.Build(model.Sources, model.Targets, answers, content);
        if (answers.Count == 0)
        {
            return all;
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            var outside = answers.Where(a => folds[a.Pair] != fold).ToArray();
            var built = AnswerFeatures.Build(model.Sources, model.Targets, outside, content);
            foreach (var (pair, f) in folds)
            {
                if (f != fold)
                {
                    continue;
                }

                for (var k = 0; k < all.Count; k++)
                {
                    all[k].Values[pair] = built[k].Values[pair];
                }
            }
        }

        return all;
    }

    /// <summary>Held-out log-likelihood of each setting, summed over the folds (settings warm-start each other within a fold).</summary>
    private static double[][] CrossValidate(AnswerLogistic logistic, List<AnswerLogistic.Setting> settings, Dictionary<int, int> folds)
    {
        var pairs = (int[])logistic.Pairs.Clone();
        new Random(17).Shuffle(pairs);
        if (pairs.Length > CrossValidationLimit)
        {
            pairs = pairs[..CrossValidationLimit];
        }

        var scores = settings.Select(_ => new double[Folds]).ToArray();
        if (pairs.Length < Folds)
        {
            return scores; // too few answers to judge: every setting ties, the prior is kept
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            var train = pairs.Where(p => folds[p] != fold).ToArray();
            var test = pairs.Where(p => folds[p] == fold).ToArray();
            AnswerLogistic.Solution? previous = null;
            for (var k = 0; k < settings.Count; k++)
            {
                previous = logistic.Fit(train, settings[k], previous);
                scores[k][fold] = logistic.LogLikelihood(test, previous);
            }
        }

        return scores;
    }

    /// <summary>
    /// The direction each weight may take, from what the feature means: more similar never counts
    /// against a link (as in the unsupervised fit, w &gt;= 0), nor do a link-rich source or target or a
    /// resemblance to confirmed links, nor a larger target file; a resemblance to rejected links never
    /// counts for one. With a handful of confirmed answers, free signs fitted noise (weights of the wrong
    /// sign cost up to 0.05 AP on unanswered pairs; a free target size turned OpenFastTrace's 100 answers
    /// into unasked MAP -.313, where kept at 0 or above they raised it by .074).
    /// </summary>
    private static int SignOf(string feature) => feature.Contains("rejected", StringComparison.Ordinal) ? -1 : 1;

    /// <summary>The median of the unsupervised fit's log-odds: the typical pair (on a sample beyond 100k pairs).</summary>
    private static double Median(ReadOnlySpan<double> values)
    {
        var step = Math.Max(1, values.Length / 100_000);
        var sample = new double[(values.Length + step - 1) / step];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = values[i * step];
        }

        Array.Sort(sample);
        return sample.Length == 0 ? 0 : sample[sample.Length / 2];
    }

    /// <summary>(x - mean) / sd over all pairs; null for a constant column (it can say nothing).</summary>
    private static double[]? Standardise(double[] values)
    {
        var spread = Spread.OfLongColumn(values);
        if (!(spread.Variance > 1e-12))
        {
            return null;
        }

        var result = new double[values.Length];
        spread.Standardise(values, 1 / spread.Sd, result);
        return result;
    }
}

/// <summary>What the answers taught, for the posteriors and their explanations.</summary>
/// <param name="Setting">What cross-validation let them change: "prior", "calibration" or "weights (precision L)".</param>
/// <param name="Intercept">alpha: the shift of every pair's log-odds (how many links the answers say there are).</param>
/// <param name="Scale">beta: how much of the unsupervised fit's log-odds to keep.</param>
/// <param name="Weights">w per feature (standardised units).</param>
/// <param name="Likelihood">The developer confusion matrix learned with them.</param>
/// <param name="LogOdds">The final log-odds of every pair.</param>
/// <param name="Learned">w'x of every pair: what the answers taught through features and content.</param>
/// <param name="Answered">The pair's own answers' log-odds (0 without).</param>
internal sealed record LearnedAnswers(
    string Setting,
    double Intercept,
    double Scale,
    IReadOnlyList<(string Name, double Weight)> Weights,
    FeedbackLikelihood Likelihood,
    double[] LogOdds,
    double[] Learned,
    double[] Answered)
{
    /// <summary>Variance of the expected link count from the coefficients' own uncertainty (Laplace).</summary>
    public double CountVariance { get; init; }

    /// <summary>Per pair, how much of the calibration's raise faded below the answered pairs (&lt;= 0; null: none).</summary>
    public double[]? Faded { get; init; }

    /// <summary>
    /// Per source, whether someone answered about it, when the weights reorder only those sources
    /// (<see cref="AnswerLearningSettings.WeightsOnlyForAnsweredSources"/>); null when they reorder every pair or nothing.
    /// </summary>
    public bool[]? AnsweredSources { get; init; }

    /// <summary>The calibration (intercept against r itself, scale) the other sources' pairs take; null with <see cref="AnsweredSources"/>.</summary>
    public (double Intercept, double Scale)? UnansweredCalibration { get; init; }
}
