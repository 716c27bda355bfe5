using Comet.Inference.Evidence;
using Comet.Measures.Lexical;
using Comet.Preprocessing;

namespace Comet.Pipeline.Modelling;

/// <summary>The analysed corpus as the model's content evidence: unit tf-idf vectors (the VSM's weighting).</summary>
public static class ContentVectorsBuilder
{
    public static ContentVectors From(AnalyzedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var idf = TfIdfWeighting.InverseDocumentFrequency(corpus);
        SparseVector Vector(TermVector v) => new(v.TermIds, TfIdfWeighting.Weigh(v, idf));
        return new ContentVectors(corpus.Vocabulary.Count, corpus.Sources.Select(Vector).ToArray(), corpus.Targets.Select(Vector).ToArray());
    }
}
