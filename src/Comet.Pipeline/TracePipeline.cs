using System.Diagnostics;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Pipeline;

/// <summary>
/// The composed pipeline: pre-process -> measure -> rank. Loading happens before (a
/// <see cref="TraceTask"/> comes in) and evaluation/reporting after. Immutable and thread-safe; the
/// CLI and the server both run tasks through it.
/// </summary>
/// <remarks>
/// Until the Bayesian model lands, the final ranking is the first measure's matrix; every other
/// measure's scores are kept beside it in <see cref="TraceResult.Matrices"/>.
/// </remarks>
public sealed class TracePipeline
{
    private readonly IReadOnlyList<string> _measureNames;

    public TracePipeline(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;

        // Resolve names now so that a typo fails before any work starts.
        _measureNames = [.. MeasureRegistry.Parse(string.Join(',', options.Measures)).Select(m => m.Name)];
    }

    public PipelineOptions Options { get; }

    public TraceResult Run(TraceTask task, IProgress<PipelineProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        var analysis = Options.Analysis ?? new AnalysisOptions { Languages = task.Languages };
        AnalyzedCorpus corpus;
        using (var analyzer = new TextAnalyzer(analysis))
        {
            corpus = AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer);
        }

        Record("analyse", clock, timings, task, progress);
        var context = new MeasureContext(task, corpus, Options.Seed, cancellation);
        var matrices = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal);
        foreach (var name in _measureNames)
        {
            cancellation.ThrowIfCancellationRequested();
            matrices[name] = MeasureRegistry.Create(name).Compute(context);
            Record(name, clock, timings, task, progress);
        }

        var rankedBy = _measureNames[0];
        var ranking = RankedLinks.FromMatrix(matrices[rankedBy]);
        Record("rank", clock, timings, task, progress);
        return new TraceResult(task, matrices, rankedBy, ranking, timings);
    }

    private static void Record(string stage, Stopwatch clock, Dictionary<string, TimeSpan> timings, TraceTask task, IProgress<PipelineProgress>? progress)
    {
        var elapsed = clock.Elapsed;
        timings[stage] = elapsed;
        progress?.Report(new PipelineProgress(task.Id, stage, elapsed));
        clock.Restart();
    }
}
