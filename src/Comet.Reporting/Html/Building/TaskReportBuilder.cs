using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Reference;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Building;

/// <summary>Assembles a <see cref="TaskReport"/> from a traced task: its target groups and, with a gold standard, its evaluated runs.</summary>
public static class TaskReportBuilder
{
    /// <param name="sourceName">What to call the sources; null = the source set's name.</param>
    public static TaskReport Build(
        TraceTask task, IReadOnlyList<TargetGroupInput> groups, IReadOnlyList<EvaluatedRun> runs, ReportOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(runs);
        var notes = (task.Diagnostics.IsClean ? [] : new[] { "Loading: " + task.Diagnostics.Summarize() })
            .Concat(groups.Select(g => g.Probabilities?.CountStatement).OfType<string>().Distinct(StringComparer.Ordinal).Select(c => "Links: " + c))
            .ToArray();
        return new TaskReport(
            task.Id, sourceName ?? task.Sources.Name, task.Sources.Count, [.. groups.Select(g => TargetGroupBuilder.Build(g, options))], runs, task.Gold, notes);
    }

    /// <summary>
    /// Every measure's matrix as a run (a name with '+' is a combination, so a model, not a single
    /// measure), then the task's primary released COMET output when the catalog has one.
    /// </summary>
    public static IReadOnlyList<EvaluatedRun> EvaluateRuns(TraceTask task, IReadOnlyDictionary<string, SimilarityMatrix> matrices, ReferenceOutputCatalog? reference)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(matrices);
        var candidates = CandidateSpace.FromTask(task);
        var runs = new List<EvaluatedRun>();
        foreach (var (name, matrix) in matrices)
        {
            var ranking = RankedLinks.FromMatrix(matrix);
            var kind = name.Contains('+', StringComparison.Ordinal) ? RunKind.Model : RunKind.Measure;
            runs.Add(new EvaluatedRun(name, kind, ranking, Evaluator.Evaluate(ranking, task.Gold, candidates)));
        }

        if (reference?.PrimaryFor(task.Id) is { } original)
        {
            var ranking = original.Read();
            runs.Add(new EvaluatedRun(original.DisplayName, RunKind.Reference, ranking, Evaluator.Evaluate(ranking, task.Gold, candidates)));
        }

        return runs;
    }
}
