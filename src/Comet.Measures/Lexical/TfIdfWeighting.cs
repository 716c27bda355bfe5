using Comet.Preprocessing;

namespace Comet.Measures.Lexical;

/// <summary>
/// tf-idf weights with the smoothed idf ln((1 + N) / (1 + df)) + 1 over sources and targets together
/// (N documents), raw term counts as tf, each vector scaled to unit L2 length. The smoothing keeps
/// terms that occur in every document at a small positive weight instead of zero.
/// </summary>
public static class TfIdfWeighting
{
    public static double[] InverseDocumentFrequency(AnalyzedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var n = corpus.DocumentCount;
        var idf = new double[corpus.Vocabulary.Count];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = Math.Log((1.0 + n) / (1.0 + corpus.DocumentFrequency[t])) + 1.0;
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
