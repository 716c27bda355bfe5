using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Reference;
using Comet.Evaluation.Trec;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Reporting.Results;

namespace Comet.Pipeline;

/// <summary>
/// Batch evaluation on benchmarks: load each task, run the pipeline, score every measure against the
/// gold standard, and add the original COMET tool's released output as a run where one exists.
/// </summary>
public sealed class EvaluationRunner(
    TracePipeline pipeline,
    DatasetCatalog catalog,
    string dataRoot,
    ReferenceOutputCatalog? reference = null,
    double? threshold = null,
    string? trecDirectory = null)
{
    public IEnumerable<EvaluationRow> Evaluate(IEnumerable<string> taskIds, IProgress<PipelineProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        foreach (var id in taskIds)
        {
            cancellation.ThrowIfCancellationRequested();
            var task = catalog.Load(id, dataRoot);
            var result = pipeline.Run(task, progress, cancellation);
            var candidates = CandidateSpace.FromTask(task);
            WriteQrels(task);
            foreach (var (name, matrix) in result.Matrices)
            {
                var ranking = RankedLinks.FromMatrix(matrix);
                WriteRun(task, name, ranking);
                yield return new EvaluationRow(task.Id, name, Evaluator.Evaluate(ranking, task.Gold, candidates, threshold), result.Timings[name].TotalSeconds);
            }

            if (reference?.PrimaryFor(task.Id) is { } original)
            {
                var ranking = original.Read();
                WriteRun(task, "comet-original", ranking);
                yield return new EvaluationRow(task.Id, original.DisplayName, Evaluator.Evaluate(ranking, task.Gold, candidates, threshold), 0);
            }
        }
    }

    private void WriteQrels(TraceTask task)
    {
        if (trecDirectory is null)
        {
            return;
        }

        using var writer = new StreamWriter(TrecPath(task, "qrels"));
        TrecWriter.WriteQrels(writer, task.Gold);
    }

    private void WriteRun(TraceTask task, string run, RankedLinks ranking)
    {
        if (trecDirectory is null)
        {
            return;
        }

        using var writer = new StreamWriter(TrecPath(task, run + ".run"));
        TrecWriter.WriteRun(writer, ranking, run);
    }

    // Task ids contain '/', which becomes '_' in file names.
    private string TrecPath(TraceTask task, string suffix) =>
        Path.Combine(trecDirectory!, task.Id.Replace('/', '_') + "." + suffix.Replace('+', '_'));
}
