using Comet.Core.Similarity;
using Comet.Measures.Lexical;
using Comet.Preprocessing;

namespace Comet.Measures.FineGrained;

/// <summary>
/// Fine-grained similarity ("fine", after FTLR, Hey et al. ICSME 2021): the source's sentences against
/// the target's units (<see cref="TextUnits"/>: methods and comment blocks of code, sentences of prose),
/// tf-idf cosine between units, aggregated to the pair (<see cref="UnitAggregation"/>). A requirement
/// that one method implements is then not drowned by the rest of a long file, as it is in whole-file
/// cosine. Artifacts without terms score 0.
/// </summary>
/// <remarks>
/// Aggregation chosen by measurement on the 67 benchmark tasks (mean AP / MAP alone; mean AP inside hbn
/// with vsm, lsi, js, bm25; with the first ident too, before own names): max .348 / .571, .409; best-match mean over sentences
/// .354 / .583, .411, .415; top-3 mean .359 / .582, .410, .414; top-5 mean .360 / .583, .410, .415.
/// Top-5 is best alone and level with the best inside the model: one matching sentence-method pair is
/// often chance (max is worst), a few together are evidence. The mean is over the cosines there are
/// (a target of two units averages two): dividing by 5 always, so that small targets are not favoured,
/// scored lower (.333 / .570 alone, .406 inside hbn). Units of at least 3 terms (shorter ones join the
/// next): at least 6, 10 or 20 terms scored higher alone (AP .362, .366, .373: closer to whole-document
/// cosine) but lower inside hbn (.409, .408 with 41 and 40 of 67 tasks down), where the measure has to
/// add what whole documents miss.
/// </remarks>
public sealed class FineGrainedMeasure : ISimilarityMeasure
{
    /// <param name="aggregation">Default: the mean of the 5 best sentence-unit cosines (see the remarks).</param>
    /// <param name="topK">How many best cosines <see cref="UnitAggregation.TopKMean"/> averages.</param>
    /// <param name="minTerms">Fewest terms a unit keeps alone; a shorter one joins the next.</param>
    public FineGrainedMeasure(UnitAggregation aggregation = UnitAggregation.TopKMean, int topK = 5, int minTerms = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topK, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minTerms, 1);
        MinTerms = minTerms;
        Aggregation = aggregation;
        TopK = topK;
    }

    public int TopK { get; }

    public int MinTerms { get; }

    public UnitAggregation Aggregation { get; }

    public string Name => "fine";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var task = context.Task;
        var corpus = context.Corpus;
        var matrix = context.NewMatrix();
        if (matrix.Rows == 0 || matrix.Columns == 0)
        {
            return matrix;
        }

        var idf = TfIdfWeighting.InverseDocumentFrequency(corpus);
        var sources = new UnitVectors[task.Sources.Count];
        var targets = new UnitVectors[task.Targets.Count];
        using (var analyzer = new TextAnalyzer(context.Analysis))
        {
            Parallel.For(0, sources.Length, i =>
                sources[i] = UnitVectors.Of(TextUnits.Sentences(task.Sources[i].Text), MinTerms, analyzer, corpus.Vocabulary, idf));
            Parallel.For(0, targets.Length, j =>
                targets[j] = UnitVectors.Of(TextUnits.Blocks(task.Targets[j].Text), MinTerms, analyzer, corpus.Vocabulary, idf));
        }

        Parallel.For(
            0,
            sources.Length,
            new ParallelOptions { CancellationToken = context.Cancellation },
            () => new double[corpus.Vocabulary.Count],
            (i, _, dense) =>
            {
                var cosines = SentenceCosines(sources[i], targets, dense);
                for (var j = 0; j < targets.Length; j++)
                {
                    matrix[i, j] = Aggregate(cosines, j);
                }

                return dense;
            },
            _ => { });
        return matrix;
    }

    /// <summary>cosines[s][j][u]: source sentence s against unit u of target j.</summary>
    private static double[][][] SentenceCosines(UnitVectors source, UnitVectors[] targets, double[] dense)
    {
        var cosines = new double[source.Count][][];
        for (var s = 0; s < source.Count; s++)
        {
            // Scatter the sentence into a dense buffer so each unit's dot product costs O(its terms).
            var sentence = source.Units[s];
            for (var k = 0; k < sentence.TermIds.Length; k++)
            {
                dense[sentence.TermIds[k]] = source.Weights[s][k];
            }

            cosines[s] = new double[targets.Length][];
            for (var j = 0; j < targets.Length; j++)
            {
                var target = targets[j];
                var row = cosines[s][j] = new double[target.Count];
                for (var u = 0; u < target.Count; u++)
                {
                    var ids = target.Units[u].TermIds;
                    var weights = target.Weights[u];
                    var dot = 0.0;
                    for (var k = 0; k < ids.Length; k++)
                    {
                        dot += dense[ids[k]] * weights[k];
                    }

                    row[u] = dot;
                }
            }

            foreach (var id in sentence.TermIds)
            {
                dense[id] = 0;
            }
        }

        return cosines;
    }

    private double Aggregate(double[][][] cosines, int target)
    {
        if (cosines.Length == 0 || cosines[0][target].Length == 0)
        {
            return 0;
        }

        return Aggregation switch
        {
            UnitAggregation.Max => cosines.Max(sentence => sentence[target].Max()),
            UnitAggregation.BestMatchMean => cosines.Average(sentence => sentence[target].Max()),
            _ => cosines.SelectMany(sentence => sentence[target]).OrderDescending().Take(TopK).Average(),
        };
    }
}
