using Comet.Inference.Model;

namespace Comet.Inference.Learning;

/// <summary>
/// How developer answers teach: by default through <see cref="AnswerLearner"/>, a per-project
/// logistic layer on top of the unsupervised fit. Immutable; validated with the
/// <see cref="Inference.InferenceOptions"/> that carry it. Why each default: docs/model-decisions.md.
/// </summary>
public sealed record AnswerLearningSettings
{
    /// <summary>
    /// Learn from answers with <see cref="AnswerLearner"/>. Default true (false: answers are votes inside
    /// the variational fit, with their sources' and targets' effects, <see cref="ModelPriors.SourceAnswerSpread"/>).
    /// The learner raised AP on the unanswered pairs about five times as much with accurate answers.
    /// </summary>
    public bool LearnFromAnswers { get; init; } = true;

    /// <summary>
    /// Let the learned weights reorder only the candidates of sources someone answered about; every other
    /// source keeps the unsupervised fit's order and takes the calibration-only fit (alpha + beta r, fitted
    /// to the same answers). Default false (the weights reorder every pair): it trades the benchmarks' gain
    /// for the real repositories' losses, a choice left to the planners (docs/benchmarks.md, "Answers and the
    /// requirements nobody reviewed, session 21": over the lexical measures the weights raise the unreviewed
    /// requirements' AP by +.004 to +.028 on the benchmarks; turning the rule on also moves protocols.json,
    /// protocols-verdicts.json and real-repos.json's reviewer rows). Measured: on seven
    /// real repositories the weights reordered the requirements nobody was asked about at 11 of 21
    /// checkpoints and lowered their MAP at 10 (down to -.06), which this rule makes 0 by construction; on
    /// the 67 benchmark tasks, accurate answers to the review queue (default measures, budgets 20 / 50 /
    /// 100, seeds 42 and 1) moved that MAP by -.0012 / -.0008 / +.0008 with the weights everywhere, and with
    /// this rule the unanswered pairs' AP gained +.0110 / +.0204 / +.0417 against +.0099 / +.0245 / +.0384.
    /// </summary>
    public bool WeightsOnlyForAnsweredSources { get; init; }

    /// <summary>
    /// Centre the learner's calibration at the typical pair (alpha's prior mean = the median unsupervised
    /// log-odds) rather than at log-odds 0. Default true. Few answers on best candidates otherwise
    /// inflate the link count several times over; an open trade-off against random answers.
    /// </summary>
    public bool CentreAnswerCalibration { get; init; } = true;

    /// <summary>
    /// Candidate precisions lambda of the learned feature weights (standardised features), tried by
    /// cross-validation. Default [100, 30, 10, 3]; all &gt; 0. Precision 1 fitted noise.
    /// </summary>
    public IReadOnlyList<double> AnswerLearningPrecisions { get; init; } = [100, 30, 10, 3];

    /// <summary>
    /// The loosest of <see cref="AnswerLearningPrecisions"/> is tried only when the answers say "link" at
    /// least this many times. Default 10; &gt;= 1, or null (always tried). With fewer confirmed links the
    /// loosest weights fit the few links' quirks: 67 tasks x six seeds, random 10% accurate answers, every
    /// task-seed that lost more than 0.02 of unseen AP had chosen precision 3 (CM1-NASA seed 1: 8 links
    /// among 117 answers, -0.141), and the held-out answers could not tell (docs/benchmarks.md, "The
    /// accurate floor").
    /// </summary>
    public int? LoosestPrecisionMinimumLinks { get; init; } = 10;

    /// <summary>
    /// For reliable answers (<see cref="TrustedAnswersFalseAlarm"/>): once the best setting by held-out
    /// log-likelihood is found, the simplest one (the prior, the calibration, then the weights from the
    /// tightest precision) whose held-out log-likelihood is within this many standard errors of the best
    /// one's is chosen; the standard error is that of the difference, from the five folds. Default 0.25;
    /// &gt;= 0, or null (the best is kept). The one-standard-error rule of model selection, made stricter: 1
    /// cost the gain from accurate answers a tenth (+0.0381 -> +0.0361 over 67 tasks); 0.25 keeps
    /// Dronology's seeds 4 and 42 from precision 3's -0.09 / -0.02.
    /// </summary>
    public double? SimplerWithinStandardErrors { get; init; } = 0.25;

    /// <summary>
    /// Held-out log-likelihood (nats, summed over the answers) a setting must gain over the prior to be
    /// chosen (the weights also over the calibration, and on 4 of the 5 folds). Default 2; &gt;= 0. A
    /// smaller margin gained more on average but lost badly on single tasks.
    /// </summary>
    public double AnswerLearningMargin { get; init; } = 2.0;

    /// <summary>
    /// Answers whose learned false-alarm rate (fitted with the calibration) is below this count as
    /// reliable: the weights need only gain <see cref="AnswerLearningMargin"/> in total, with no
    /// 4-of-5-folds rule and no scale rule. Default 0.05; in (0, 1), or null (off). The rules that
    /// protect against wrong answers need not hold accurate ones back.
    /// </summary>
    public double? TrustedAnswersFalseAlarm { get; init; } = 0.05;

    /// <summary>
    /// Answers spread over the pairs (not mostly above the typical pair, as the model's own questions
    /// are) whose learned false-alarm rate (fitted with the calibration) is at or above this read as
    /// noisy: they may recalibrate, not reorder (no weights, whatever the held-out gain). Default 0.08;
    /// in (0, 1) and above <see cref="TrustedAnswersFalseAlarm"/>, or null (off). Measured at 0.08
    /// (docs/benchmarks.md, "Noisy answers may not reorder"): with a quarter of the answers wrong every
    /// task-seed learned 0.046 or more, and each one whose weights passed the guard 0.09 or more
    /// (Waterloo/grp05 seed 5: unseen AP -0.21); accurate answers that earned weights learned
    /// 0.001-0.06 but for one (LibEST/req-test, 0.18).
    /// </summary>
    public double? NoisyAnswersFalseAlarm { get; init; } = 0.08;

    /// <summary>
    /// When at least this share of the answered pairs lies above the typical pair (the median pair's
    /// unsupervised log-odds) and the answers spread over requirements (<see cref="CandidateAnswersPerSource"/>),
    /// as the review queue's questions do, the calibration needs no held-out margin over the prior, only
    /// a gain. Default 0.75; in (0, 1], or null (off). A calibration cannot reorder pairs; the margin
    /// guards against noisy answers on the bulk inflating the link count, which answers on candidates
    /// do not do, and the questions that follow are chosen on better probabilities.
    /// </summary>
    public double? CandidateAnswersShare { get; init; } = 0.75;

    /// <summary>
    /// Most answers per answered requirement, on average, for <see cref="CandidateAnswersShare"/> to apply.
    /// Default 2; &gt;= 1. Answers on a few requirements' top candidates (top-down review) calibrate
    /// those requirements and extrapolate badly to the others, which cross-validation over pairs cannot see.
    /// </summary>
    public double CandidateAnswersPerSource { get; init; } = 2;

    /// <summary>
    /// When at least <see cref="CandidateAnswersShare"/> of the answered pairs lie above the typical pair
    /// and the calibration raises the lowest answered pair, the raise fades to nothing over this many
    /// nats of the unsupervised log-odds below it (<see cref="RaiseBelowAnswers"/>). Default 4; &gt; 0, or
    /// null (the raise reaches every pair). After 30 of the model's questions, Brier skill on the
    /// unanswered pairs +0.067 -> +0.083 with AP unchanged (2 nats: +0.086 but AP after 50 -0.003; at once: +0.073).
    /// </summary>
    public double? RaiseFadeBelowAnswers { get; init; } = 4;

    public static AnswerLearningSettings Default { get; } = new();

    public void Validate()
    {
        Check(AnswerLearningPrecisions.All(k => k > 0), nameof(AnswerLearningPrecisions));
        Check(AnswerLearningMargin >= 0, nameof(AnswerLearningMargin));
        Check(LoosestPrecisionMinimumLinks is null or >= 1, nameof(LoosestPrecisionMinimumLinks));
        Check(SimplerWithinStandardErrors is null or >= 0, nameof(SimplerWithinStandardErrors));
        Check(TrustedAnswersFalseAlarm is null or (> 0 and < 1), nameof(TrustedAnswersFalseAlarm));
        Check(NoisyAnswersFalseAlarm is null or (> 0 and < 1), nameof(NoisyAnswersFalseAlarm));
        // Trusted and noisy must not overlap: answers cannot be both.
        Check(NoisyAnswersFalseAlarm is not { } noisy || TrustedAnswersFalseAlarm is not { } trusted || noisy > trusted, nameof(NoisyAnswersFalseAlarm));
        Check(CandidateAnswersShare is null or (> 0 and <= 1), nameof(CandidateAnswersShare));
        Check(CandidateAnswersPerSource >= 1, nameof(CandidateAnswersPerSource));
        Check(RaiseFadeBelowAnswers is null or > 0, nameof(RaiseFadeBelowAnswers));
    }

    private static void Check(bool ok, string name) => OptionBounds.Check(ok, name, "answer learning setting");
}
