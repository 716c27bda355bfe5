using Comet.Preprocessing;

namespace Comet.Measures.Lexical;

/// <summary>
/// tf-idf weights over sources and targets together (N documents): raw term counts as tf, an idf
/// variant (<see cref="IdfVariant"/>), each vector scaled to unit L2 length.
/// </summary>
public static class TfIdfWeighting
{
    public static double[] InverseDocumentFrequency(AnalyzedCorpus corpus, IdfVariant variant = IdfVariant.Plain)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var n = corpus.DocumentCount;
        var idf = new double[corpus.Vocabulary.Count];
        for (var t = 0; t < idf.Length; t++)
        {
            var df = corpus.DocumentFrequency[t];
            idf[t] = variant == IdfVariant.Plain
                ? Math.Log((double)n / df)
                : Math.Log((1.0 + n) / (1.0 + df)) + 1.0;
        }

        return idf;
    }

    /// <summary>Unit-length tf-idf weights aligned with <see cref="TermVector.TermIds"/>; all zeros for an empty vector.</summary>
    public static double[] Weigh(TermVector vector, double[] idf)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(idf);
        var weights = new double[vector.TermIds.Length];
        var norm = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = vector.Counts[k] * idf[vector.TermIds[k]];
            norm += weights[k] * weights[k];
        }

        if (norm > 0)
        {
            var scale = 1.0 / Math.Sqrt(norm);
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] *= scale;
            }
        }

        return weights;
    }
}
