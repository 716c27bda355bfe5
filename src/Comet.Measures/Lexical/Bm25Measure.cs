using Comet.Core.Similarity;

namespace Comet.Measures.Lexical;

/// <summary>
/// Okapi BM25 as Lucene.Net computes it (<see cref="Lucene.Net.Search.Similarities.BM25Similarity"/>,
/// k1 = 1.2, b = 0.75): targets are the indexed collection (idf and average length come from them
/// alone), each source is the query. By default a query term that occurs n times in the source counts
/// n times, as when the source's token stream itself is the query (see <see cref="CountQueryRepeats"/>).
/// Targets that share no term score 0.
/// </summary>
/// <remarks>
/// Scores are not normalised per source: every row is scored against the same index, so scores stay
/// comparable across sources (a source that matches nothing well keeps low scores everywhere).
/// </remarks>
public sealed class Bm25Measure : ISimilarityMeasure
{
    public Bm25Measure(float k1 = 1.2f, float b = 0.75f, bool countQueryRepeats = true)
    {
        K1 = k1;
        B = b;
        CountQueryRepeats = countQueryRepeats;
    }

    public float K1 { get; }

    public float B { get; }

    /// <summary>Weigh each query term by its count in the source (true) or count it once (false).</summary>
    public bool CountQueryRepeats { get; }

    public string Name => "bm25";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.Corpus;
        var matrix = context.NewMatrix();
        if (matrix.Rows == 0 || matrix.Columns == 0)
        {
            return matrix;
        }

        using var index = new Bm25TargetIndex(corpus, K1, B);
        var postings = new Dictionary<int, IReadOnlyList<(int Target, double Score)>>();
        for (var i = 0; i < corpus.Sources.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var source = corpus.Sources[i];
            for (var k = 0; k < source.TermIds.Length; k++)
            {
                var id = source.TermIds[k];
                if (!postings.TryGetValue(id, out var hits))
                {
                    hits = index.Postings(corpus.Vocabulary.Terms[id]);
                    postings[id] = hits;
                }

                foreach (var (target, score) in hits)
                {
                    matrix[i, target] += (CountQueryRepeats ? source.Counts[k] : 1.0) * score;
                }
            }
        }

        return matrix;
    }
}
