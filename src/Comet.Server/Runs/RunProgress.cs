using System.Globalization;
using Comet.Pipeline;
using Comet.Server.Persistence;

namespace Comet.Server.Runs;

/// <summary>
/// Writes each finished pipeline stage to the run's row, as a fraction of all stages (pipeline stages
/// plus scoring and storing), and inside the embedding step the chunks encoded so far with the time left,
/// because on a cold server that step is most of a run (minutes on thousands of files). Synchronous on
/// purpose: <see cref="Progress{T}"/> would post the updates to the thread pool, where they could land
/// after the run has finished.
/// </summary>
internal sealed class RunProgress(RunStore runs, long runId, int totalStages, TimeProvider? clock = null) : IProgress<PipelineProgress>
{
    // One row update per this much encoding time at most: the Jenkins step logs every new stage text it polls.
    private static readonly TimeSpan EncodingUpdateInterval = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private int _done;
    private long _encodingStarted;
    private long _lastEncodingUpdate;

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

    /// <summary>
    /// Inside a stage that encodes text (the embedding measures' <c>Progress</c> callback): chunks encoded of
    /// those to encode, shown as "encoding chunks 1,200 / 5,400, about 3 min left" and as a fraction of the
    /// stage. Not called when every chunk comes from the cache.
    /// </summary>
    public void Encoding(int encoded, int toEncode)
    {
        var now = _clock.GetTimestamp();
        if (encoded == 0)
        {
            _encodingStarted = now;
        }
        else if (encoded < toEncode && _clock.GetElapsedTime(_lastEncodingUpdate, now) < EncodingUpdateInterval)
        {
            return;
        }

        _lastEncodingUpdate = now;
        var share = toEncode > 0 ? (double)encoded / toEncode : 1;
        runs.Progress(runId, EncodingStage(encoded, toEncode, _clock.GetElapsedTime(_encodingStarted, now)), (_done + share) / totalStages);
    }

    /// <summary>The stage text: counts, and once some chunks are done the time left at the rate so far.</summary>
    internal static string EncodingStage(int encoded, int toEncode, TimeSpan elapsed)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"encoding chunks {encoded:N0} / {toEncode:N0}");
        if (encoded == 0 || encoded >= toEncode)
        {
            return counts;
        }

        var left = TimeSpan.FromTicks((long)(elapsed.Ticks * ((double)(toEncode - encoded) / encoded)));
        return counts + ", about " + Approximately(left) + " left";
    }

    private static string Approximately(TimeSpan left) =>
        left.TotalSeconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Ceiling(left.TotalSeconds))} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(left.TotalMinutes)} min");
}
