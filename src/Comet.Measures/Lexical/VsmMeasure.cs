using Comet.Core.Similarity;

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
        var matrix = context.NewMatrix();
        Parallel.For(
            0,
            corpus.Sources.Count,
            new ParallelOptions { CancellationToken = context.Cancellation },
            () => new double[corpus.Vocabulary.Count],
            (i, _, dense) =>
            {
                // Scatter the source into a dense buffer so each target's dot product costs O(its terms).
                var source = corpus.Sources[i];
                var sourceWeights = TfIdfWeighting.Weigh(source, idf);
                for (var k = 0; k < source.TermIds.Length; k++)
                {
                    dense[source.TermIds[k]] = sourceWeights[k];
                }

                for (var j = 0; j < targetWeights.Length; j++)
                {
                    var target = corpus.Targets[j];
                    var dot = 0.0;
                    for (var k = 0; k < target.TermIds.Length; k++)
                    {
                        dot += dense[target.TermIds[k]] * targetWeights[j][k];
                    }

                    matrix[i, j] = dot;
                }

                foreach (var id in source.TermIds)
                {
                    dense[id] = 0;
                }

                return dense;
            },
            _ => { });
        return matrix;
    }
}
