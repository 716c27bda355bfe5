using Comet.Core.Similarity;
using Comet.Preprocessing;

namespace Comet.Measures.Lexical;

/// <summary>
/// The lexical measures' loop over pairs: one source row at a time, in parallel, with the source
/// scattered into a vocabulary-long buffer so each target's score costs O(its terms), not O(vocabulary).
/// An empty source's row stays 0.
/// </summary>
internal static class ScatteredSourceRows
{
    /// <param name="context">The task and corpus to score.</param>
    /// <param name="sourceValues">A source's value per term, in the order of its term ids.</param>
    /// <param name="score">Target j's score against the scattered source.</param>
    public static SimilarityMatrix Score(MeasureContext context, Func<TermVector, double[]> sourceValues, Func<double[], int, double> score)
    {
        var corpus = context.Corpus;
        var matrix = context.NewMatrix();
        Parallel.For(
            0,
            corpus.Sources.Count,
            new ParallelOptions { CancellationToken = context.Cancellation },
            () => new double[corpus.Vocabulary.Count],
            (i, _, dense) =>
            {
                var source = corpus.Sources[i];
                if (source.IsEmpty)
                {
                    return dense;
                }

                var values = sourceValues(source);
                for (var k = 0; k < source.TermIds.Length; k++)
                {
                    dense[source.TermIds[k]] = values[k];
                }

                for (var j = 0; j < corpus.Targets.Count; j++)
                {
                    matrix[i, j] = score(dense, j);
                }

                // Cleared term by term: the buffer is reused by the thread's next source.
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
