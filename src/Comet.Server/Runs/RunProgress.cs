using Comet.Pipeline;
using Comet.Server.Persistence;

namespace Comet.Server.Runs;

/// <summary>
/// Writes each finished pipeline stage to the run's row, as a fraction of all stages (pipeline stages
/// plus scoring and storing). Synchronous on purpose: <see cref="Progress{T}"/> would post the
/// updates to the thread pool, where they could land after the run has finished.
/// </summary>
internal sealed class RunProgress(RunStore runs, long runId, int totalStages) : IProgress<PipelineProgress>
{
    private int _done;

    public void Report(PipelineProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Step(value.Stage);
    }

    /// <summary>Marks one more stage as done and names it.</summary>
    public void Step(string stage)
    {
        _done = Math.Min(_done + 1, totalStages);
        runs.Progress(runId, stage, (double)_done / totalStages);
    }
}
