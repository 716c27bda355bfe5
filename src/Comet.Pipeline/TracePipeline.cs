using System.Diagnostics;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Output;
using Comet.Measures;
using Comet.Pipeline.Measuring;
using Comet.Pipeline.Modelling;
using Comet.Preprocessing;
using Comet.Preprocessing.Caching;

namespace Comet.Pipeline;

/// <summary>
/// The composed pipeline: pre-process -> measure -> infer -> rank. Loading happens before (a
/// <see cref="TraceTask"/> comes in) and evaluation/reporting after. Immutable and thread-safe; the
/// CLI and the server both run tasks through it.
/// </summary>
/// <remarks>
/// With a model, links are ranked by posterior log-odds; with model "none", by the first measure.
/// Every measure's scores are kept in <see cref="TraceResult.Matrices"/> either way.
/// </remarks>
public sealed class TracePipeline
{
    private readonly IReadOnlyList<string> _measureNames;

    public TracePipeline(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Catalog = PipelineMeasures.Catalog(options.Embedding, options.CacheFolder, options.LsiWarmStart);

        // Resolve names now so that a typo fails before any work starts.
        _measureNames = Catalog.Parse(options.Measures);
    }

    public PipelineOptions Options { get; }

    /// <summary>The measures this pipeline may run, built from its options; every run's contexts use it.</summary>
    public MeasureCatalog Catalog { get; }

    /// <summary>The measures each run computes, canonical and in order; the first ranks when there is no model.</summary>
    public IReadOnlyList<string> MeasureNames => _measureNames;

    public TraceResult Run(TraceTask task, IProgress<PipelineProgress>? progress = null, CancellationToken cancellation = default) =>
        Run(task, [], progress, cancellation);

    /// <param name="feedback">Developer answers on links of this task, used by the model (ignored without one).</param>
    public TraceResult Run(
        TraceTask task,
        IReadOnlyList<FeedbackAnswer> feedback,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var timings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        AnalyzedCorpus corpus;
        var analysis = AnalysisFor(task);
        using (var analyzer = new TextAnalyzer(analysis))
        {
            var termCache = Options.CacheFolder is null ? null : new TermListCache(Options.CacheFolder, analysis);
            corpus = AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer, termCache);
        }

        Record("analyse", clock, timings, task, progress);
        var context = new MeasureContext(task, corpus, Options.Seed, Catalog, analysis, cancellation);
        var matrices = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal);
        foreach (var name in _measureNames)
        {
            cancellation.ThrowIfCancellationRequested();
            matrices[name] = SelfPairs.Demoted(context.Measure(name));
            Record(name, clock, timings, task, progress);
        }

        // Kept either way: a later Evidence(...) call (evaluation, feedback rounds) hands it to the model.
        var content = ContentVectorsBuilder.From(corpus);
        if (ModelNames.Resolve(Options.Model) is null)
        {
            var measured = new TraceResult(task, matrices, _measureNames[0], RankedLinks.FromMatrix(matrices[_measureNames[0]]), timings)
            {
                Content = content,
            };
            Record("rank", clock, timings, task, progress);
            return measured;
        }

        var evidence = Evidence(task, matrices, content, feedback, Options.Transitive);
        var posteriors = Infer(evidence, Options.Model, InferenceFor(task));
        var runName = ModelNames.RunName(Options.Model);
        Record(runName, clock, timings, task, progress);
        return new TraceResult(task, matrices, runName, posteriors.ToRankedLinks(), timings) { Evidence = evidence, Posteriors = posteriors, Content = content };
    }

    /// <summary>
    /// What the model observes for a measured task: its matrices, the feedback, and (if asked) the
    /// transitive evidence, which needs measures over intermediate artifacts and is computed here.
    /// </summary>
    public LinkEvidence Evidence(TraceResult measured, IReadOnlyList<FeedbackAnswer> feedback, bool transitive)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return Evidence(measured.Task, measured.Matrices, measured.Content, feedback, transitive);
    }

    private LinkEvidence Evidence(
        TraceTask task, IReadOnlyDictionary<string, SimilarityMatrix> matrices, ContentVectors? content, IReadOnlyList<FeedbackAnswer> feedback, bool transitive)
    {
        var evidence = new LinkEvidence([.. task.Sources.Ids], [.. task.Targets.Ids], matrices) { Feedback = feedback, Content = content };
        if (Options.Structure)
        {
            evidence = evidence.WithTargetGraph(StructureEvidence.Of(task.Targets));
        }

        return transitive
            ? TransitiveEvidence.Add(evidence, task, _measureNames, AnalysisFor(task), Options.Seed, Catalog)
            : evidence;
    }

    /// <summary>
    /// The inference settings for <paramref name="task"/>: <see cref="PipelineOptions.Inference"/>, without the neural
    /// measures' family where their English models do not read the task's text (<see cref="NeuralFamilyLanguages"/>).
    /// </summary>
    public InferenceOptions InferenceFor(TraceTask task) => NeuralFamilyLanguages.For(Options.Inference, task);

    /// <summary>Runs a model ("hbn", "comet") on evidence; measures are not recomputed, so a feedback round is cheap.</summary>
    public static LinkPosteriors Infer(LinkEvidence evidence, string model, InferenceOptions? options = null) =>
        LinkInference.Infer(evidence, options, ModelNames.Resolve(model) ?? throw new ArgumentException("a model is required", nameof(model)));

    private AnalysisOptions AnalysisFor(TraceTask task) => Options.Analysis ?? new AnalysisOptions { Languages = task.Languages };

    private static void Record(string stage, Stopwatch clock, Dictionary<string, TimeSpan> timings, TraceTask task, IProgress<PipelineProgress>? progress)
    {
        var elapsed = clock.Elapsed;
        timings[stage] = elapsed;
        progress?.Report(new PipelineProgress(task.Id, stage, elapsed));
        clock.Restart();
    }
}
