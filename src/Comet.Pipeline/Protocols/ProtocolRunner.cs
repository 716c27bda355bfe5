using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Inference.Learning;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Loading.Catalog;
using Comet.Reporting.Results.Protocols;

namespace Comet.Pipeline.Protocols;

/// <summary>
/// Replays simulated reviewers on benchmark tasks (see <see cref="ProtocolPlan"/>) and scores what
/// their answers did. A task is measured and fitted without answers once; every answer set is then
/// learned on top of that fit (<see cref="AnswerSession"/>), which is what a real review session does.
/// The hierarchical model only: it is the model that learns from answers. Measures are computed with
/// the pipeline's seed; the plan's seeds vary which pairs are asked and which answers are wrong.
/// </summary>
public sealed class ProtocolRunner(TracePipeline pipeline, DatasetCatalog catalog, string dataRoot, ProtocolPlan plan)
{
    /// <summary>Every outcome of one task, budget 0 (no answers) first for each strategy, error rate and seed.</summary>
    public IReadOnlyList<ProtocolOutcome> Run(string taskId, CancellationToken cancellation = default)
    {
        plan.Validate();
        var task = catalog.Load(taskId, dataRoot);
        var measured = pipeline.Run(task, progress: null, cancellation);
        var session = AnswerSession.Start(pipeline.Evidence(measured, [], transitive: false), pipeline.InferenceFor(task));
        var budgets = plan.Budgets.Distinct().Order().ToArray();
        var scoring = new ProtocolScoring(task, session.Prior);
        var outcomes = new List<ProtocolOutcome>();
        foreach (var errorRate in plan.ErrorRates)
        {
            foreach (var seed in plan.Seeds)
            {
                var reviewer = new SimulatedReviewer(task, seed, errorRate, plan.AnswerConfidence);
                foreach (var strategy in plan.Strategies)
                {
                    cancellation.ThrowIfCancellationRequested();
                    outcomes.Add(scoring.Score(strategy, errorRate, seed, 0, session.Prior, []));
                    var curve = strategy == ProtocolPlan.Active
                        ? Active(session, reviewer, budgets)
                        : Ordered(session, reviewer, budgets, strategy == ProtocolPlan.Random
                            ? SimulatedReviewer.RandomOrder(task, seed)
                            : SimulatedReviewer.ReviewOrder(session.Prior, seed, plan.ReviewDepth));
                    outcomes.AddRange(curve.Select(point =>
                        scoring.Score(strategy, errorRate, seed, point.Budget, point.Posteriors, point.Answered)));
                }
            }
        }

        return outcomes;
    }

    private readonly record struct CurvePoint(int Budget, LinkPosteriors Posteriors, HashSet<TraceLink> Answered);

    /// <summary>Budgets as prefixes of one fixed order: the answers at 50 include those at 20.</summary>
    private static IEnumerable<CurvePoint> Ordered(AnswerSession session, SimulatedReviewer reviewer, int[] budgets, (string Source, string Target)[] order)
    {
        foreach (var budget in budgets)
        {
            var asked = order.Take(budget).ToArray();
            var answers = asked.Select(p => reviewer.Answer(p.Source, p.Target)).ToArray();
            yield return new CurvePoint(budget, session.Learn(answers), asked.Select(p => new TraceLink(p.Source, p.Target)).ToHashSet());
        }
    }

    /// <summary>The model asks in rounds, refitting after each: what `comet review --next` does between sittings.</summary>
    private IEnumerable<CurvePoint> Active(AnswerSession session, SimulatedReviewer reviewer, int[] budgets)
    {
        var answers = new List<FeedbackAnswer>();
        var asked = new HashSet<(string Source, string Target)>();
        var current = session.Prior;
        foreach (var budget in budgets)
        {
            while (answers.Count < budget)
            {
                var next = ReviewQueue.Next(current, Math.Min(plan.ActiveRound, budget - answers.Count), asked);
                if (next.Count == 0)
                {
                    break; // a tiny project has no pair left to ask
                }

                foreach (var question in next)
                {
                    asked.Add((question.SourceId, question.TargetId));
                    answers.Add(reviewer.Answer(question.SourceId, question.TargetId));
                }

                current = session.Learn(answers);
            }

            yield return new CurvePoint(budget, current, asked.Select(p => new TraceLink(p.Source, p.Target)).ToHashSet());
        }
    }
}
