using Comet.Measures.Latent;
using Comet.Preprocessing;

namespace Comet.Measures.Topics;

/// <summary>
/// One LDA fit by collapsed Gibbs sampling (Griffiths and Steyvers, 2004) over the tokens of sources
/// and targets together, fully determined by its seed. Each sweep resamples every token's topic from
/// p(k) ~ (n_dk + alpha)(n_kt + beta) / (n_k + V beta). A document's mixture is its topic counts after
/// the last sweep, n_dk / n_d, without the prior: with alpha = 2.5 per topic and requirements of ten
/// tokens, the smoothed (n_dk + alpha) / (n_d + K alpha) is nearly uniform for every short document,
/// and the measure fell to chance level on EBT (AP 4.6% against 8.9-16.7% unsmoothed).
/// </summary>
internal static class GibbsLda
{
    /// <summary>Topic mixture of every document (sources, then targets); null for a document with no terms.</summary>
    public static double[]?[] DocumentTopics(AnalyzedCorpus corpus, LdaOptions options, int seed, CancellationToken cancellation)
    {
        var documents = DocumentTermMatrix.Documents(corpus).ToArray();
        var k = options.Topics;
        var v = Math.Max(1, corpus.Vocabulary.Count);
        var alpha = options.AlphaSum / k;
        var beta = options.Beta;
        var tokens = documents.Select(Tokens).ToArray();
        var random = new Random(seed);

        var docTopic = new int[documents.Length * k];
        var topicTerm = new int[k * v];
        var topicTotal = new int[k];
        var assignment = tokens.Select(t => new int[t.Length]).ToArray();
        for (var d = 0; d < tokens.Length; d++)
        {
            for (var n = 0; n < tokens[d].Length; n++)
            {
                var topic = random.Next(k);
                assignment[d][n] = topic;
                docTopic[(d * k) + topic]++;
                topicTerm[(tokens[d][n] * k) + topic]++;
                topicTotal[topic]++;
            }
        }

        var weights = new double[k];
        var inverse = new double[k];
        for (var t = 0; t < k; t++)
        {
            inverse[t] = 1.0 / (topicTotal[t] + (v * beta));
        }

        for (var sweep = 0; sweep < options.Iterations; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (var d = 0; d < tokens.Length; d++)
            {
                for (var n = 0; n < tokens[d].Length; n++)
                {
                    var term = tokens[d][n];
                    var old = assignment[d][n];
                    docTopic[(d * k) + old]--;
                    topicTerm[(term * k) + old]--;
                    inverse[old] = 1.0 / (--topicTotal[old] + (v * beta));

                    // Spans of length k let the JIT drop bounds checks in the hot loop.
                    var docRow = docTopic.AsSpan(d * k, k);
                    var termRow = topicTerm.AsSpan(term * k, k);
                    var sum = 0.0;
                    for (var t = 0; t < docRow.Length; t++)
                    {
                        sum += (docRow[t] + alpha) * (termRow[t] + beta) * inverse[t];
                        weights[t] = sum;
                    }

                    var topic = Draw(weights, random.NextDouble() * sum);
                    assignment[d][n] = topic;
                    docRow[topic]++;
                    termRow[topic]++;
                    inverse[topic] = 1.0 / (++topicTotal[topic] + (v * beta));
                }
            }
        }

        var result = new double[]?[documents.Length];
        for (var d = 0; d < documents.Length; d++)
        {
            if (tokens[d].Length == 0)
            {
                continue;
            }

            double length = tokens[d].Length;
            result[d] = Enumerable.Range(0, k).Select(t => docTopic[(d * k) + t] / length).ToArray();
        }

        return result;
    }

    /// <summary>The first topic whose cumulative weight exceeds <paramref name="u"/>.</summary>
    private static int Draw(double[] cumulative, double u)
    {
        var last = cumulative.Length - 1;
        for (var t = 0; t < last; t++)
        {
            if (u < cumulative[t])
            {
                return t;
            }
        }

        return last;
    }

    /// <summary>The document's tokens as term ids, each term repeated by its count.</summary>
    private static int[] Tokens(TermVector document)
    {
        var tokens = new List<int>((int)document.TotalCount);
        for (var i = 0; i < document.TermIds.Length; i++)
        {
            for (var c = 0; c < (int)document.Counts[i]; c++)
            {
                tokens.Add(document.TermIds[i]);
            }
        }

        return [.. tokens];
    }
}
