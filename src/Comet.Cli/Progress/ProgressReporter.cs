using System.Diagnostics;
using System.Globalization;
using Comet.Pipeline;

namespace Comet.Cli.Progress;

/// <summary>
/// Everything the CLI says on stderr while it works (stdout stays for results). Two kinds of output:
/// summary lines (what was loaded, skipped, written), shown unless --quiet; and live progress, shown
/// only when stderr is a terminal or --progress asks: a status of the step running (stage, count,
/// rate, ETA) once it has run 2 s, refreshed each second in place on a terminal and every 5 s as plain
/// lines elsewhere, plus one line per finished pipeline stage.
/// </summary>
internal sealed class ProgressReporter : IProgress<PipelineProgress>, IDisposable
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly bool _quiet;
    private readonly bool _terminal;
    private readonly Timer? _timer;
    private Step? _step;
    private IReadOnlyList<string> _stages = [];
    private string _stageOwner = string.Empty;
    private int _stageIndex;
    private bool _statusShown;

    /// <param name="quiet">--quiet: nothing at all on stderr but errors.</param>
    /// <param name="forceLive">--progress: live progress even when stderr is not a terminal.</param>
    /// <param name="verbose">--verbose: commands list details (e.g. every skipped file).</param>
    public ProgressReporter(bool quiet, bool forceLive = false, bool verbose = false)
    {
        _quiet = quiet;
        _terminal = !Console.IsErrorRedirected;
        Live = !quiet && (forceLive || _terminal);
        Verbose = verbose && !quiet;
        if (Live)
        {
            _timer = new Timer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>What the status line would show now; null when no step runs.</summary>
    internal string? Status()
    {
        lock (_gate)
        {
            return _step?.Describe();
        }
    }

    /// <summary>Whether live progress is shown.</summary>
    public bool Live { get; }

    public bool Verbose { get; }

    /// <summary>A summary line (shown unless --quiet).</summary>
    public void Line(string text)
    {
        if (_quiet)
        {
            return;
        }

        lock (_gate)
        {
            ClearStatus();
            Console.Error.WriteLine(text);
        }
    }

    /// <summary>Starts a step whose progress the status line shows; <paramref name="total"/> enables an ETA.</summary>
    public void Begin(string stage, int? total = null)
    {
        lock (_gate)
        {
            _step = new Step(stage, total);
        }
    }

    /// <summary>How many items of the current step are done.</summary>
    public void Advance(int done)
    {
        if (_step is { } step)
        {
            step.Done = done;
        }
    }

    /// <summary>
    /// Counts inside the current step (e.g. the embedding measure's chunks): the status then shows
    /// "<paramref name="what"/> done/total", the rate since the first count and an ETA. Any thread.
    /// </summary>
    public void Count(string what, int done, int total)
    {
        lock (_gate)
        {
            _step ??= new Step(string.Empty, null);
            _step.Count(what, done, total);
        }
    }

    public void End()
    {
        lock (_gate)
        {
            ClearStatus();
            _step = null;
        }
    }

    /// <summary>
    /// Names the stages every pipeline run will report, so the status can say which one is running; the
    /// first run is <paramref name="owner"/>'s, and a report from another task id starts the list over.
    /// </summary>
    public void ExpectStages(string owner, IReadOnlyList<string> stages)
    {
        lock (_gate)
        {
            (_stageOwner, _stages, _stageIndex) = (owner, stages, 0);
            _step = stages.Count > 0 ? new Step(StageLabel(0), null) : null;
        }
    }

    /// <summary>A pipeline stage finished: one line when live, and the status moves to the next stage.</summary>
    public void Report(PipelineProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Live)
        {
            return;
        }

        lock (_gate)
        {
            ClearStatus();
            Console.Error.WriteLine(value.ToString());
            if (!string.Equals(value.TaskId, _stageOwner, StringComparison.Ordinal))
            {
                // The next run (e.g. the requirement -> test view) has reported its first stage.
                (_stageOwner, _stageIndex) = (value.TaskId, 0);
            }

            _stageIndex++;
            _step = _stageIndex < _stages.Count ? new Step(StageLabel(_stageIndex), null) : null;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        End();
    }

    private string StageLabel(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{_stageOwner}: {_stages[index]} (stage {index + 1} of {_stages.Count})");

    private void Tick()
    {
        lock (_gate)
        {
            if (_step is not { } step || step.Clock.Elapsed < ShowAfter)
            {
                return;
            }

            var text = step.Describe();
            if (_terminal)
            {
                // Rewrite one line in place: carriage return, then erase to the end of the line.
                Console.Error.Write("\r\u001b[K" + text);
                _statusShown = true;
            }
            else if (step.LastPlainLine is not { } last || step.Clock.Elapsed - last >= PlainInterval)
            {
                Console.Error.WriteLine(text);
                step.LastPlainLine = step.Clock.Elapsed;
            }
        }
    }

    private void ClearStatus()
    {
        if (_statusShown)
        {
            Console.Error.Write("\r\u001b[K");
            _statusShown = false;
        }
    }

    private sealed class Step(string stage, int? total)
    {
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public int Done { get; set; }

        /// <summary>When this step last printed a plain line (not at a terminal); null before the first.</summary>
        public TimeSpan? LastPlainLine { get; set; }

        private string? _counting;
        private int _countTotal;
        private Stopwatch? _countClock;

        public void Count(string what, int done, int total)
        {
            if (_countClock is null || !string.Equals(what, _counting, StringComparison.Ordinal) || done < Done || total != _countTotal)
            {
                (_counting, _countTotal, _countClock) = (what, total, Stopwatch.StartNew());
            }

            Done = done;
        }

        public string Describe()
        {
            if (_countClock is not null && _counting is not null)
            {
                var elapsed = _countClock.Elapsed.TotalSeconds;
                var prefix = stage.Length == 0 ? string.Empty : stage + ": ";
                var head = string.Create(CultureInfo.InvariantCulture, $"{prefix}{_counting} {Done:N0}/{_countTotal:N0}");
                if (Done == 0 || elapsed <= 0)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{head} ({elapsed:0} s)");
                }

                var countRate = Done / elapsed;
                var remaining = (_countTotal - Done) / countRate;
                return string.Create(CultureInfo.InvariantCulture, $"{head} ({countRate:0.0}/s, ETA {remaining:0} s)");
            }

            var seconds = Clock.Elapsed.TotalSeconds;
            if (Done == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{stage}: running {seconds:0} s");
            }

            var rate = Done / seconds;
            if (total is not { } all || all <= 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{stage}: {Done:N0} ({rate:0}/s, {seconds:0} s)");
            }

            var eta = (all - Done) / Math.Max(rate, 1e-9);
            return string.Create(CultureInfo.InvariantCulture, $"{stage}: {Done:N0}/{all:N0} ({rate:0}/s, ETA {eta:0} s)");
        }
    }
}
