using Comet.Core.Tasks;
using Comet.Inference.Evidence;

namespace Comet.Pipeline;

/// <summary>What tracing a project gives: requirement -> code, and requirement -> test when the project has tests.</summary>
/// <param name="Tests">Sources ranked against the tests folder; null without one.</param>
public sealed record ProjectTraceResult(TraceResult Code, TraceResult? Tests);

/// <summary>
/// Traces a user's project in the views a user asks for: its sources against its targets and, when a
/// tests folder was given, against its tests, both through the same pipeline (so the tests view has
/// its own model fit, probabilities and explanations). The test -> code hop enters the code view only
/// as transitive evidence (<see cref="PipelineOptions.Transitive"/>).
/// </summary>
public static class ProjectTrace
{
    public const string CodeView = "code";

    /// <summary>The requirement -> test view's name in link listings.</summary>
    public const string TestsView = "tests";

    public static ProjectTraceResult Run(TracePipeline pipeline, TraceTask task, IProgress<PipelineProgress>? progress = null, CancellationToken cancellation = default) =>
        Run(pipeline, task, [], progress, cancellation);

    /// <param name="answers">A reviewer's answers on requirement -> code links: the model of the code view learns from them.</param>
    public static ProjectTraceResult Run(
        TracePipeline pipeline, TraceTask task, IReadOnlyList<FeedbackAnswer> answers, IProgress<PipelineProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(answers);
        var code = pipeline.Run(task, answers, progress, cancellation);
        if (task.Intermediates.Count == 0)
        {
            return new ProjectTraceResult(code, null);
        }

        var tests = task.Intermediates[0];
        var testTask = new TraceTask { Id = task.Id + "/" + tests.Name, Sources = task.Sources, Targets = tests, Languages = task.Languages };
        return new ProjectTraceResult(code, pipeline.Run(testTask, progress, cancellation));
    }

    /// <summary>The stage names a run reports, in order, for progress (analyse, each measure, then the model or "rank").</summary>
    public static IReadOnlyList<string> Stages(TracePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var last = Modelling.ModelNames.Resolve(pipeline.Options.Model) is null ? "rank" : Modelling.ModelNames.RunName(pipeline.Options.Model);
        return ["analyse", .. pipeline.MeasureNames, last];
    }
}
