using Comet.Core.Artifacts;
using Comet.Preprocessing.Caching;

namespace Comet.Preprocessing;

/// <summary>
/// The analysed text of a task: one <see cref="TermVector"/> per source and per target over one shared
/// <see cref="Vocabulary"/>, plus the document frequency of every term over sources and targets together
/// (the collection the lexical measures weigh terms against).
/// </summary>
public sealed class AnalyzedCorpus
{
    private AnalyzedCorpus(Vocabulary vocabulary, TermVector[] sources, TermVector[] targets, int[] documentFrequency)
    {
        Vocabulary = vocabulary;
        Sources = sources;
        Targets = targets;
        DocumentFrequency = documentFrequency;
    }

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<TermVector> Sources { get; }

    public IReadOnlyList<TermVector> Targets { get; }

    /// <summary>Number of documents (sources and targets) that contain each term, indexed by term id.</summary>
    public IReadOnlyList<int> DocumentFrequency { get; }

    public int DocumentCount => Sources.Count + Targets.Count;

    /// <summary>Analyses every artifact (in parallel: analysis dominates the cost of lexical measures).</summary>
    /// <param name="cache">
    /// Term lists of texts analysed before by the same chain; null = analyse everything. A text found
    /// there is not analysed again, one that is not is analysed and stored. Either way the corpus is the same.
    /// </param>
    public static AnalyzedCorpus Build(ArtifactSet sources, ArtifactSet targets, TextAnalyzer analyzer, TermListCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(analyzer);
        var sourceTerms = AnalyzeAll(sources, analyzer, cache);
        var targetTerms = AnalyzeAll(targets, analyzer, cache);

        // Ids are assigned sequentially after the parallel step so that they are deterministic.
        var vocabulary = new Vocabulary();
        var sourceVectors = sourceTerms.Select(t => TermVector.FromTerms(t.Select(vocabulary.GetOrAdd))).ToArray();
        var targetVectors = targetTerms.Select(t => TermVector.FromTerms(t.Select(vocabulary.GetOrAdd))).ToArray();

        var df = new int[vocabulary.Count];
        foreach (var vector in sourceVectors.Concat(targetVectors))
        {
            foreach (var id in vector.TermIds)
            {
                df[id]++;
            }
        }

        return new AnalyzedCorpus(vocabulary, sourceVectors, targetVectors, df);
    }

    private static IReadOnlyList<string>[] AnalyzeAll(ArtifactSet set, TextAnalyzer analyzer, TermListCache? cache)
    {
        var result = new IReadOnlyList<string>[set.Count];
        Parallel.For(0, set.Count, i => result[i] = Analyze(set[i].Text, analyzer, cache));
        return result;
    }

    private static IReadOnlyList<string> Analyze(string text, TextAnalyzer analyzer, TermListCache? cache)
    {
        if (cache?.TryGet(text) is { } cached)
        {
            return cached;
        }

        var terms = analyzer.Terms(text);
        cache?.Put(text, terms);
        return terms;
    }
}
