using Comet.Core.Similarity;
using Comet.Measures.Latent;

namespace Comet.Measures.Topics;

/// <summary>
/// Non-negative matrix factorisation of the tf-idf documents x terms matrix (sources and targets
/// together, <see cref="NonNegativeFactorisation"/>), documents compared by the cosine of their topic
/// weights. COMET compared them by 1/KL; cosine is bounded, finite for empty artifacts and scale-free.
/// Seeded: the same <see cref="MeasureContext.Seed"/> gives the same matrix.
/// </summary>
public sealed class NmfMeasure : ISimilarityMeasure
{
    public NmfMeasure(NmfOptions? options = null)
    {
        Options = options ?? new NmfOptions();
        Options.Validate();
    }

    public NmfOptions Options { get; }

    public string Name => "nmf";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.Corpus;
        var x = DocumentTermMatrix.Build(corpus, TermWeighting.TfIdf);
        var topics = Math.Max(1, Math.Min(Options.Topics, Math.Min(corpus.DocumentCount, corpus.Vocabulary.Count)));
        var w = NonNegativeFactorisation.DocumentTopics(x, topics, Options, context.Seed, context.Cancellation);
        var (sources, targets) = DocumentTermMatrix.Split(w, corpus);
        return RowCosine.Fill(context, sources, targets);
    }
}
