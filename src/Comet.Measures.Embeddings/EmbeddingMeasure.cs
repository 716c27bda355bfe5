using System.Diagnostics;
using System.Globalization;
using Comet.Core.Artifacts;
using Comet.Core.Similarity;
using Comet.Measures.Embeddings.Caching;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Similarity;
using Comet.Measures.Embeddings.Text;

namespace Comet.Measures.Embeddings;

/// <summary>
/// Neural embedding similarity: every artifact is cut into chunks of natural words
/// (<see cref="TextChunker"/>), each chunk is encoded by all-MiniLM-L6-v2 (cached on disk by text
/// and model), and an artifact pair scores the aggregate (<see cref="EmbeddingOptions.Aggregation"/>)
/// of its chunk-to-chunk cosines. Scores lie in [-1, 1]; an artifact without words scores 0 against
/// everything. Deterministic: padding does not change a vector, and the CPU vector search is
/// bit-reproducible. Thread-safe: the shared model serialises its calls.
/// </summary>
public sealed class EmbeddingMeasure : ISimilarityMeasure
{
    private readonly EmbeddingOptions _options;
    private readonly TextChunker _chunker;
    private readonly Func<ITextEncoder> _encoder;

    public EmbeddingMeasure()
        : this(new EmbeddingOptions())
    {
    }

    public EmbeddingMeasure(EmbeddingOptions options)
        : this(options, () => SharedMiniLm.Instance)
    {
    }

    /// <summary>The seam for tests: any encoder, e.g. one that counts its calls.</summary>
    internal EmbeddingMeasure(EmbeddingOptions options, Func<ITextEncoder> encoder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(encoder);
        options.Validate();
        _options = options;
        _chunker = new TextChunker(options.Chunking);
        _encoder = encoder;
    }

    public string Name => "embedding";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellation = context.Cancellation;
        var sources = Chunk(context.Task.Sources);
        var targets = Chunk(context.Task.Targets);
        var matrix = context.NewMatrix();
        if (sources.Texts.Count == 0 || targets.Texts.Count == 0)
        {
            return matrix;
        }

        var encoder = Encoder();
        var clock = Stopwatch.StartNew();

        // One call for both sides: a text shared by a source and a target is encoded once.
        var vectors = encoder.Encode([.. sources.Texts, .. targets.Texts], cancellation);
        LogEncoding(encoder, sources.Texts.Count + targets.Texts.Count, clock.Elapsed);
        cancellation.ThrowIfCancellationRequested();
        var scores = ChunkScores.Compute(vectors[..sources.Texts.Count], vectors[sources.Texts.Count..], _options);
        var stride = scores.Columns;
        Parallel.For(0, matrix.Rows, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var rows = sources.RowsOf(i);
            for (var j = 0; j < matrix.Columns; j++)
            {
                matrix[i, j] = ChunkScoreAggregator.Aggregate(
                    scores.Values, stride, rows, targets.RowsOf(j), _options.Aggregation, _options.TopK);
            }
        });
        return matrix;
    }

    private ChunkedArtifacts Chunk(ArtifactSet artifacts) =>
        new(artifacts.Select(a => _chunker.Chunk(a.Text)).ToArray());

    private ITextEncoder Encoder()
    {
        var model = _encoder();
        return _options.UseCache
            ? new CachingEncoder(model, new EmbeddingCache(_options.CacheFolder ?? CacheFolders.DefaultEmbeddings(), model.ModelId))
            : model;
    }

    private void LogEncoding(ITextEncoder encoder, int chunks, TimeSpan elapsed)
    {
        if (_options.Log is null)
        {
            return;
        }

        var cached = encoder is CachingEncoder caching
            ? string.Create(CultureInfo.InvariantCulture, $"{caching.Hits} from cache, {caching.Encoded} encoded")
            : "cache off";
        _options.Log(string.Create(CultureInfo.InvariantCulture, $"embedding: {chunks} chunks ({cached}) in {elapsed.TotalSeconds:F1} s"));
    }
}
