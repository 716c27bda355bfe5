using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Comet.Measures.Lexical;

/// <summary>
/// Collects every matching document with its score, in document order. What a top-N search would
/// give with N = all targets, without its priority queue: that one preallocates N entries per query
/// and sorts them, which BM25 does not need (each target's score is added to its own cell, so the
/// order of hits does not matter). Scores are the scorer's own floats, as the top-N collector keeps them.
/// </summary>
internal sealed class PostingCollector(int[] targetOfDocument) : ICollector
{
    private readonly List<(int Target, double Score)> _hits = [];
    private Scorer? _scorer;
    private int _docBase;

    public IReadOnlyList<(int Target, double Score)> Hits => _hits;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => _hits.Add((targetOfDocument[_docBase + doc], _scorer!.GetScore()));
}
