using System.Globalization;
using Comet.Core.Links;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Reference;
using Comet.Loading.Catalog;
using Comet.Pipeline.Modelling;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;

namespace Comet.Pipeline.Reporting;

/// <summary>
/// The HTML report of benchmark tasks (`comet report --dataset/--all`, `comet evaluate --report`): every
/// task's runs with plots; a single task also gets requirements, gaps and matrix.
/// </summary>
public static class EvaluationReport
{
    /// <summary>Measures every task and builds its part of the report.</summary>
    /// <param name="starting">Called with each task's index before it is measured (for progress).</param>
    public static IReadOnlyList<TaskReport> ForTasks(
        IReadOnlyList<string> taskIds, TracePipeline pipeline, DatasetCatalog catalog, string dataRoot, ReferenceOutputCatalog? reference, Action<int>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(catalog);
        var tasks = new List<TaskReport>();
        for (var i = 0; i < taskIds.Count; i++)
        {
            starting?.Invoke(i);
            var task = catalog.Load(taskIds[i], dataRoot);
            tasks.Add(ForTask(pipeline.Run(task, progress: null), pipeline, reference, fullView: taskIds.Count == 1));
        }

        return tasks;
    }

    /// <summary>
    /// One task's part of an evaluation report, from measures already computed: every measure's run, the
    /// link model's (hbn; "none" for measures only) and COMET's released output where it exists.
    /// </summary>
    /// <param name="fullView">Also requirements, gaps and the matrix (one task only: a matrix per task would make an --all page of dozens of megabytes).</param>
    public static TaskReport ForTask(TraceResult result, TracePipeline pipeline, ReferenceOutputCatalog? reference, bool fullView, string model = ModelDefaults.Model)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pipeline);
        var task = result.Task;
        var runs = TaskReportBuilder.EvaluateRuns(task, result.Matrices, reference).ToList();
        PosteriorProbabilities? probabilities = null;
        if (ModelNames.Resolve(model) is not null)
        {
            // The model's probabilities (not its log-odds) rank the run, so the calibration plot reads them as they are.
            var posteriors = TracePipeline.Infer(pipeline.Evidence(result, [], transitive: false), model);
            var ranking = RankedLinks.FromMatrix(posteriors.ToProbabilityMatrix());
            var metrics = Evaluator.Evaluate(ranking, task.Gold, CandidateSpace.FromTask(task), 0.5);
            runs.Add(new EvaluatedRun(ModelNames.RunName(model), RunKind.Model, ranking, metrics, ScoresAreProbabilities: true));
            probabilities = new PosteriorProbabilities(ModelNames.RunName(model), posteriors);
        }

        IReadOnlyList<TargetGroupInput> groups = fullView
            ? [new(task.Targets.Name, task.Sources, task.Targets, result.RankedBy, result.Ranking, result.Matrices, task.Gold, probabilities)]
            : [];
        return TaskReportBuilder.Build(task, groups, runs);
    }

    /// <summary>The page of task reports already built (see <see cref="ForTask"/>).</summary>
    /// <param name="clock">Dates the report; a test passes a fixed one.</param>
    public static HtmlReport Compose(IReadOnlyList<TaskReport> tasks, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(clock);
        var title = tasks.Count == 1 ? "Comet evaluation report: " + tasks[0].TaskId : "Comet evaluation report: " + tasks.Count.ToString(CultureInfo.InvariantCulture) + " benchmark tasks";
        return new HtmlReport(title, tasks, clock.GetUtcNow());
    }
}
