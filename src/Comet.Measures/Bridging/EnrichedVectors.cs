using Comet.Measures.Lexical;
using Comet.Preprocessing;

namespace Comet.Measures.Bridging;

/// <summary>
/// Each artifact's words (its corpus <see cref="TermVector"/>) plus its consensual biterms as further
/// terms, over one vocabulary (words first, then biterms in the order sources and targets first use them),
/// with the plain idf ln(N/df) over sources and targets, as the VSM measure weighs words.
/// </summary>
internal sealed class EnrichedVectors
{
    private readonly double[] _idf;

    private EnrichedVectors(TermVector[] sources, TermVector[] targets, double[] idf)
    {
        Sources = sources;
        Targets = targets;
        _idf = idf;
    }

    public TermVector[] Sources { get; }

    public TermVector[] Targets { get; }

    public int TermCount => _idf.Length;

    public static EnrichedVectors Build(
        AnalyzedCorpus corpus, Dictionary<string, int>[] sourceBiterms, Dictionary<string, int>[] targetBiterms, HashSet<string> consensus)
    {
        var words = corpus.Vocabulary.Count;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        TermVector Enrich(TermVector vector, Dictionary<string, int> biterms)
        {
            var termIds = new List<int>(vector.TermIds);
            var counts = new List<double>(vector.Counts);
            foreach (var (biterm, count) in biterms.OrderBy(b => b.Key, StringComparer.Ordinal).Where(b => consensus.Contains(b.Key)))
            {
                if (!ids.TryGetValue(biterm, out var id))
                {
                    id = words + ids.Count;
                    ids[biterm] = id;
                }

                termIds.Add(id);
                counts.Add(count);
            }

            return new TermVector([.. termIds], [.. counts]);
        }

        var sources = corpus.Sources.Select((v, i) => Enrich(v, sourceBiterms[i])).ToArray();
        var targets = corpus.Targets.Select((v, j) => Enrich(v, targetBiterms[j])).ToArray();
        var df = new int[words + ids.Count];
        foreach (var vector in sources.Concat(targets))
        {
            foreach (var id in vector.TermIds)
            {
                df[id]++;
            }
        }

        var n = (double)(sources.Length + targets.Length);
        return new EnrichedVectors(sources, targets, [.. df.Select(d => d == 0 ? 0 : Math.Log(n / d))]);
    }

    /// <summary>Unit-length tf-idf weights aligned with the vector's term ids, as VSM weighs words (<see cref="TfIdfWeighting.Weigh"/>).</summary>
    public double[] Weigh(TermVector vector) => TfIdfWeighting.Weigh(vector, _idf);
}
