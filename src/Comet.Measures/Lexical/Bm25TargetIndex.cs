using Comet.Preprocessing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Comet.Measures.Lexical;

/// <summary>
/// The targets of a corpus in an in-memory Lucene index scored with <see cref="BM25Similarity"/>.
/// Targets are indexed as their analysed terms joined by spaces and split again by a whitespace
/// analyzer, so Lucene sees exactly the shared chain's terms. Not thread-safe; dispose after use.
/// </summary>
internal sealed class Bm25TargetIndex : IDisposable
{
    private const string TermsField = "terms";
    private const string RowField = "row";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _targetOfDocument;

    public Bm25TargetIndex(AnalyzedCorpus corpus, float k1, float b)
    {
        var similarity = new BM25Similarity(k1, b);
        using (var analyzer = new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = similarity }))
        {
            for (var j = 0; j < corpus.Targets.Count; j++)
            {
                writer.AddDocument(new Document
                {
                    new TextField(TermsField, JoinTerms(corpus.Targets[j], corpus.Vocabulary), Field.Store.NO),
                    new StoredField(RowField, j),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };

        // Lucene numbers documents itself; map its ids back to target rows once.
        _targetOfDocument = new int[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _targetOfDocument[doc] = _reader.Document(doc).GetField(RowField).GetInt32Value() ?? -1;
        }
    }

    /// <summary>BM25 score of every target that contains <paramref name="term"/>, as (target row, score), in index order.</summary>
    public IReadOnlyList<(int Target, double Score)> Postings(string term)
    {
        // Every hit is wanted, so a collector that keeps them all replaces a top-N search with N = all targets.
        var collector = new PostingCollector(_targetOfDocument);
        _searcher.Search(new TermQuery(new Term(TermsField, term)), collector);
        return collector.Hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>The document's tokens (each term repeated by its count), space-separated.</summary>
    private static string JoinTerms(TermVector vector, Vocabulary vocabulary)
    {
        var tokens = new List<string>();
        for (var k = 0; k < vector.TermIds.Length; k++)
        {
            tokens.AddRange(Enumerable.Repeat(vocabulary.Terms[vector.TermIds[k]], (int)vector.Counts[k]));
        }

        return string.Join(' ', tokens);
    }
}
