using Comet.Inference.Inference;
using Comet.Measures.Embeddings;
using Comet.Preprocessing;

using Comet.Pipeline.Modelling;

namespace Comet.Pipeline;

/// <summary>
/// What a run computes. Defaults: <see cref="ModelDefaults.RankingMeasures"/> with
/// <see cref="ModelDefaults.RankingModel"/> (VSM ranks, no model), seed 42, the analysis chain's defaults
/// with the task's own languages; each front end sets its own defaults from <see cref="ModelDefaults"/>.
/// </summary>
public sealed record PipelineOptions
{
    /// <summary>Measure names as on the command line (see <see cref="TracePipeline.Catalog"/>); the first one ranks the links.</summary>
    public IReadOnlyList<string> Measures { get; init; } = ModelDefaults.RankingMeasures;

    /// <summary>Seed handed to every stochastic stage.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The link model that turns the measures into probabilities, by its <see cref="ModelNames"/> name:
    /// "hbn" (the hierarchical Bayesian model), "comet" (our re-implementation of the original COMET
    /// Stage 1), "infernet", or "none" (rank by the first measure).
    /// </summary>
    public string Model { get; init; } = ModelDefaults.RankingModel;

    /// <summary>Add transitive evidence (intermediate artifacts, known links, similar sources) to the model.</summary>
    public bool Transitive { get; init; }

    /// <summary>
    /// Add the targets' code graph (imports, inheritance, type references, calls; <see cref="Comet.Measures.Structure.CodeGraph"/>)
    /// to the model as a path: a file linked to a requirement makes its collaborators more likely (issue 21). Off by default.
    /// </summary>
    public bool Structure { get; init; }

    /// <summary>
    /// Settings of the link model's inference (priors, iterations); default <see cref="InferenceOptions.Default"/>.
    /// The service sets how firmly a person's confirm or reject is taken; every front end runs the same model step.
    /// </summary>
    public InferenceOptions Inference { get; init; } = InferenceOptions.Default;

    /// <summary>
    /// Settings of the "embedding" and "arctic" measures: their cache folder (the CLI's --cache), progress and log
    /// callbacks; null = <see cref="EmbeddingOptions"/>' defaults (cache under $COMET_CACHE or ~/.cache/comet).
    /// </summary>
    public EmbeddingOptions? Embedding { get; init; }

    /// <summary>
    /// A cache folder (the CLI's --cache DIR; the service's $COMET_CACHE) where a run keeps what the next run
    /// over the same text may reuse: analysed term lists (DIR/analysis) and LSI's document vectors of large
    /// corpora (DIR/lsi). Reuse gives exactly what recomputation would. Null (the default) = nothing is kept,
    /// as in evaluation; the embedding's own folder is set in <see cref="Embedding"/>.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// LSI of projects above its dense limit (1,500 documents) may start from the last decomposition kept in
    /// <see cref="CacheFolder"/> when at most 1% of the documents changed (the CLI's --lsi-warm-start): a
    /// one-file change then costs about one refinement round instead of a full Lanczos run, but the scores
    /// differ from the full decomposition's (on the 5k project: at most 2.8e-3, per-source Kendall tau at
    /// least 0.998, top 10 unchanged; docs/model-decisions.md).
    /// </summary>
    /// <value>The default is false: every changed matrix is decomposed in full.</value>
    public bool LsiWarmStart { get; init; }

    /// <summary>Overrides of the analysis chain; null = defaults with the task's languages.</summary>
    public AnalysisOptions? Analysis { get; init; }

    public void Validate()
    {
        if (Measures.Count == 0)
        {
            throw new ArgumentException("At least one measure is required.");
        }

        ModelNames.Resolve(Model);
    }
}
