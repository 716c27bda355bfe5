using Comet.Measures.Lexical;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Comet.Measures.Tests;

public class PostingCollectorTests
{
    /// <summary>
    /// The collector must give every hit with exactly the float a top-N search gives (N = all documents),
    /// so BM25 matrices stay bit for bit what they were before it replaced that search.
    /// </summary>
    [Fact]
    public void Collect_EveryTerm_GivesTheTopNSearchsHitsAndScoresExactly()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 300)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => "t" + random.Next(60))))
            .ToArray();
        var similarity = new BM25Similarity(1.2f, 0.75f);
        using var directory = new RAMDirectory();
        using (var analyzer = new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = similarity }))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(new Document { new TextField("terms", text, Field.Store.NO) });
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        var identity = Enumerable.Range(0, reader.MaxDoc).ToArray();
        for (var t = 0; t < 60; t++)
        {
            var query = new TermQuery(new Term("terms", "t" + t));
            var expected = searcher.Search(query, texts.Length).ScoreDocs
                .Select(hit => (hit.Doc, (double)hit.Score)).OrderBy(h => h.Doc).ToArray();
            var collector = new PostingCollector(identity);
            searcher.Search(query, collector);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, collector.Hits.OrderBy(h => h.Target).ToArray());
        }
    }
}
