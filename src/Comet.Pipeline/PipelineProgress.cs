namespace Comet.Pipeline;

/// <summary>One step of a run finished: which task, which stage, how long it took.</summary>
public sealed record PipelineProgress(string TaskId, string Stage, TimeSpan Elapsed)
{
    public override string ToString() =>
        FormattableString.Invariant($"{TaskId}: {Stage} {Elapsed.TotalSeconds:0.00}s");
}
