using Comet.Inference.Evidence;
using Comet.Inference.Learning;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// The hierarchical model by variational EM, all four stages with their fallbacks: measures always
/// (Stage 1); feedback when there is some (Stage 2); paths through each intermediate chain and, when
/// source-source measures exist, through similar sources, and when a target graph exists, through
/// code collaborators (Stage 3); all together (Stage 4). Paths
/// through similar sources and collaborators need link posteriors, so that stage runs the model twice.
/// </summary>
public sealed class VariationalLinkInference : ILinkInference
{
    public string Name => LinkInference.Hierarchical;

    public LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.UseFeedback && evidence.Feedback.Count > 0 && options.Answers.LearnFromAnswers)
        {
            // The answers are learned from on top of the unsupervised fit, which is their prior.
            return AnswerSession.Start(evidence, options).Learn(evidence.Feedback);
        }

        return FitWithModel(options.UseFeedback ? evidence : evidence.WithFeedback([]), options).Posteriors;
    }

    /// <summary>The mean-field fit of <paramref name="used"/> as it is (its answers included), with the model it declared.</summary>
    internal static (LinkModel Model, LinkPosteriors Posteriors) FitWithModel(LinkEvidence used, InferenceOptions options)
    {
        var paths = new List<PathEvidence>();
        if (options.UseTransitive)
        {
            paths.AddRange(used.Chains.Select(c => IntermediatePaths.Score(used, c, options)));
        }

        var model = LinkModel.Declare(used, options.Priors, options.Fit, paths.Select(p => (p.Group, p.Scores)).ToArray());
        var result = MeanFieldSolver.Solve(model, options);
        // Paths over the fit's own posteriors (similar sources, code collaborators) are scored from the
        // first solve together, then the model is solved once more with them.
        var second = new List<PathEvidence>();
        if (options.UseTransitive && used.SourceToSource.Count > 0 && used.SourceCount > 1)
        {
            second.Add(SimilarSourcePaths.Score(used, result.Posterior, options.Fit.SourceNeighbours));
        }

        if (options.UseTransitive && used.TargetGraph is { EdgeCount: > 0 } graph)
        {
            second.Add(StructurePaths.Score(used, graph, result.Posterior));
        }

        if (second.Count > 0)
        {
            paths.AddRange(second);
            model = model.WithPathScores([.. second.Select(p => (p.Group, p.Scores))]);
            result = MeanFieldSolver.Solve(model, options);
        }

        return (model, PosteriorBuilder.Build(LinkInference.Hierarchical, model, result, paths, options.Output));
    }
}
