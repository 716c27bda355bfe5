using Comet.Core.Similarity;
using Comet.Preprocessing;

namespace Comet.Measures.Lexical;

/// <summary>
/// Vector space model: cosine of tf-idf vectors (<see cref="TfIdfWeighting"/>). An artifact with no
/// terms scores 0 against everything.
/// </summary>
public sealed class VsmMeasure : ISimilarityMeasure
{
    public string Name => "vsm";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.Corpus;
        var idf = TfIdfWeighting.InverseDocumentFrequency(corpus);
        var targetWeights = corpus.Targets.Select(t => TfIdfWeighting.Weigh(t, idf)).ToArray();
        return ScatteredSourceRows.Score(context, source => TfIdfWeighting.Weigh(source, idf), (source, j) => Dot(source, corpus.Targets[j], targetWeights[j]));
    }

    private static double Dot(double[] source, TermVector target, double[] targetWeights)
    {
        var dot = 0.0;
        for (var k = 0; k < target.TermIds.Length; k++)
        {
            dot += source[target.TermIds[k]] * targetWeights[k];
        }

        return dot;
    }
}
