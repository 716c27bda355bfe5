using System.Diagnostics;
using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Reference;
using Comet.Evaluation.Trec;
using Comet.Inference.Output;
using Comet.Loading.Catalog;
using Comet.Pipeline.Modelling;
using Comet.Reporting.Results;

namespace Comet.Pipeline;

/// <summary>
/// Batch evaluation on benchmarks: load each task, run the pipeline's measures, score each measure,
/// each link model (with transitive evidence and simulated feedback where asked) and the original
/// COMET tool's released output against the gold standard.
/// </summary>
public sealed class EvaluationRunner(
    TracePipeline pipeline,
    DatasetCatalog catalog,
    string dataRoot,
    ReferenceOutputCatalog? reference = null,
    EvaluationPlan? plan = null)
{
    private readonly EvaluationPlan _plan = plan ?? new EvaluationPlan();

    /// <param name="measured">Called with each task's measure results, for callers that build more on them (a report) without measuring twice.</param>
    public IEnumerable<EvaluationRow> Evaluate(
        IEnumerable<string> taskIds, IProgress<PipelineProgress>? progress = null, Action<TraceResult>? measured = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        foreach (var id in taskIds)
        {
            cancellation.ThrowIfCancellationRequested();
            var task = catalog.Load(id, dataRoot);
            var result = pipeline.Run(task, progress, cancellation);
            measured?.Invoke(result);
            var candidates = CandidateSpace.FromTask(task);
            WriteQrels(task);
            foreach (var (name, matrix) in result.Matrices)
            {
                var ranking = RankedLinks.FromMatrix(matrix);
                WriteRun(task, name, ranking);
                yield return new EvaluationRow(task.Id, name, Evaluator.Evaluate(ranking, task.Gold, candidates, _plan.Threshold), result.Timings[name].TotalSeconds);
            }

            foreach (var row in ModelRows(result, candidates))
            {
                yield return row;
            }

            if (reference?.PrimaryFor(task.Id) is { } original)
            {
                var ranking = original.Read();
                WriteRun(task, "comet-original", ranking);
                yield return new EvaluationRow(task.Id, original.DisplayName, Evaluator.Evaluate(ranking, task.Gold, candidates, _plan.Threshold), 0);
            }
        }
    }

    private IEnumerable<EvaluationRow> ModelRows(TraceResult measured, CandidateSpace candidates)
    {
        var task = measured.Task;
        var inference = pipeline.InferenceFor(task);
        for (var i = 0; i < _plan.Models.Count; i++)
        {
            var model = _plan.Models[i];
            var clock = Stopwatch.StartNew();
            var posteriors = TracePipeline.Infer(pipeline.Evidence(measured, [], transitive: false), model, inference);
            yield return ModelRow(task, ModelNames.RunName(model), posteriors, candidates, clock.Elapsed.TotalSeconds);
            if (i > 0)
            {
                continue;
            }

            if (_plan.Transitive && (task.Intermediates.Count > 0 || task.KnownLinks.Count > 0))
            {
                clock.Restart();
                var withPaths = TracePipeline.Infer(pipeline.Evidence(measured, [], transitive: true), model, inference);
                yield return ModelRow(task, ModelNames.RunName(model, "+paths"), withPaths, candidates, clock.Elapsed.TotalSeconds);
            }

            if (_plan.Structure)
            {
                // Always a row, also where the targets have no code ties (then equal to the plain run), so means cover every task.
                clock.Restart();
                var withGraph = pipeline.Evidence(measured, [], transitive: false).WithTargetGraph(StructureEvidence.Of(task.Targets));
                var withStructure = TracePipeline.Infer(withGraph, model, inference);
                yield return ModelRow(task, ModelNames.RunName(model, "+structure"), withStructure, candidates, clock.Elapsed.TotalSeconds);
            }

            if (_plan.Feedback is { } simulation)
            {
                var (answers, judged) = simulation.Simulate(task);
                clock.Restart();
                var withFeedback = TracePipeline.Infer(pipeline.Evidence(measured, answers, transitive: false), model, inference);
                var seconds = clock.Elapsed.TotalSeconds;
                yield return ModelRow(task, ModelNames.RunName(model, "+feedback"), withFeedback, candidates, seconds);
                yield return UnseenRow(task, ModelNames.RunName(model, "+feedback (unseen)"), withFeedback, judged, candidates, seconds);
                yield return UnseenRow(task, ModelNames.RunName(model, "(unseen)"), posteriors, judged, candidates, 0);
            }
        }
    }

    private EvaluationRow ModelRow(TraceTask task, string name, LinkPosteriors posteriors, CandidateSpace candidates, double seconds)
    {
        var ranking = posteriors.ToRankedLinks();
        WriteRun(task, name.Replace(' ', '_'), ranking);
        var probabilities = posteriors.ToProbabilityMatrix();

        // Ranked by log-odds (no ties from saturation); the threshold applies to probabilities.
        var metrics = Evaluator.Evaluate(ranking, task.Gold, candidates);
        var judged = JudgedRun.Create(probabilities, task.Gold);
        var threshold = ThresholdMetrics.Compute(judged, _plan.ModelThreshold);
        var labelled = judged.Labelled().ToArray();
        return new EvaluationRow(task.Id, name, metrics with { Threshold = threshold }, seconds)
        {
            Reliability = ReliabilityBin.Compute(labelled),
            Scores = ProbabilityScore.Compute(labelled),
        };
    }

    /// <summary>Scores only the pairs that got no feedback, so a gain is not just the answers themselves.</summary>
    private static EvaluationRow UnseenRow(
        TraceTask task, string name, LinkPosteriors posteriors, IReadOnlySet<TraceLink> judged, CandidateSpace candidates, double seconds) =>
        new(task.Id, name, Evaluator.EvaluateWhere(posteriors.ToRankedLinks(), task.Gold, l => !judged.Contains(l), candidates), seconds);

    private void WriteQrels(TraceTask task)
    {
        if (_plan.TrecDirectory is null)
        {
            return;
        }

        using var writer = new StreamWriter(TrecPath(task, "qrels"));
        TrecWriter.WriteQrels(writer, task.Gold);
    }

    private void WriteRun(TraceTask task, string run, RankedLinks ranking)
    {
        if (_plan.TrecDirectory is null)
        {
            return;
        }

        using var writer = new StreamWriter(TrecPath(task, run + ".run"));
        TrecWriter.WriteRun(writer, ranking, run);
    }

    // Task ids contain '/', which becomes '_' in file names.
    private string TrecPath(TraceTask task, string suffix) =>
        Path.Combine(_plan.TrecDirectory!, task.Id.Replace('/', '_') + "." + suffix.Replace('+', '_'));
}
