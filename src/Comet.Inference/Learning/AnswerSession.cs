using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Learning;

/// <summary>
/// One project's unsupervised fit, kept so that any number of answer sets can be learned on top of it
/// without fitting the measures again. This is how the model learns from answers (the fit without
/// answers is their prior), so a review session, or an evaluation that replays hundreds of answer
/// sets, pays for the mean-field solve once. Answers that name pairs outside the project are an input
/// error, as everywhere else.
/// </summary>
public sealed class AnswerSession
{
    private readonly LinkModel _model;
    private readonly LinkEvidence _evidence;
    private readonly InferenceOptions _options;

    private AnswerSession(LinkEvidence evidence, InferenceOptions options, LinkModel model, LinkPosteriors prior)
    {
        _evidence = evidence;
        _options = options;
        _model = model;
        Prior = prior;
    }

    /// <summary>The posteriors without answers.</summary>
    public LinkPosteriors Prior { get; }

    /// <summary>Fits the model to <paramref name="evidence"/> without its answers (any it carries are ignored).</summary>
    public static AnswerSession Start(LinkEvidence evidence, InferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        options ??= InferenceOptions.Default;
        options.Validate();
        var withoutAnswers = evidence.WithFeedback([]);
        var (model, prior) = VariationalLinkInference.FitWithModel(withoutAnswers, options);
        return new AnswerSession(withoutAnswers, options, model, prior);
    }

    /// <summary>
    /// The posteriors once <paramref name="answers"/> are known. With the answer learner off
    /// (<see cref="AnswerLearningSettings.LearnFromAnswers"/> false) the answers enter the mean-field solve
    /// itself, so the whole model is fitted again.
    /// </summary>
    public LinkPosteriors Learn(IReadOnlyList<FeedbackAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var withAnswers = _evidence.WithFeedback(answers);
        if (answers.Count == 0 || !_options.UseFeedback)
        {
            return Prior;
        }

        if (!_options.Answers.LearnFromAnswers)
        {
            return new VariationalLinkInference().Infer(withAnswers, _options);
        }

        var observations = FeedbackObservation.Resolve(withAnswers);
        if (observations.Length == 0)
        {
            return Prior;
        }

        var learned = AnswerLearner.Learn(_model, _options.Answers, Prior.LogOdds, observations, _evidence.Content);
        return LearnedPosteriors.Apply(Prior, learned);
    }
}
