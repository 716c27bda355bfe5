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
/// (<see cref="TextChunker"/>), each chunk is encoded by a sentence model (cached on disk by text
/// and model): all-MiniLM-L6-v2 for "embedding", arctic-embed-xs with requirements as queries for
/// "arctic" (<see cref="EmbeddingModel"/>); an artifact pair scores the aggregate
/// (<see cref="EmbeddingOptions.Aggregation"/>) of its chunk-to-chunk cosines. Scores lie in [-1, 1]; an artifact without words scores 0 against
/// everything. Deterministic: padding does not change a vector, and the CPU vector search is
/// bit-reproducible. Thread-safe: the shared model serialises its calls.
/// </summary>
public sealed class EmbeddingMeasure : ISimilarityMeasure
{
    private readonly EmbeddingOptions _options;
    private readonly TextChunker _chunker;
    private readonly EmbeddingModel _model;

    /// <summary>The "embedding" measure (all-MiniLM-L6-v2) with its default settings.</summary>
    public EmbeddingMeasure()
        : this(new EmbeddingOptions())
    {
    }

    /// <summary>The "embedding" measure (all-MiniLM-L6-v2).</summary>
    public EmbeddingMeasure(EmbeddingOptions options)
        : this(options, EmbeddingModel.MiniLm)
    {
    }

    /// <summary>The seam for tests: any encoder, e.g. one that counts its calls, as "embedding".</summary>
    internal EmbeddingMeasure(EmbeddingOptions options, Func<ITextEncoder> encoder)
        : this(options, EmbeddingModel.MiniLm with { Encoder = encoder })
    {
    }

    internal EmbeddingMeasure(EmbeddingOptions options, EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        options.Validate();
        _options = options;
        _chunker = new TextChunker(options.Chunking);
        _model = model;
    }

    /// <summary>The "arctic" measure: arctic-embed-xs, requirements encoded as retrieval queries.</summary>
    public static EmbeddingMeasure Arctic(EmbeddingOptions options) => new(options, EmbeddingModel.ArcticXs);

    /// <summary>The name of the all-MiniLM-L6-v2 measure on the command line and in result tables.</summary>
    public const string MeasureName = "embedding";

    /// <summary>The name of the arctic-embed-xs measure.</summary>
    public const string ArcticMeasureName = "arctic";

    public string Name => _model.MeasureName;

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellation = context.Cancellation;
        var sources = Chunk(context.Task.Sources, _model.QueryPrefix);
        var targets = Chunk(context.Task.Targets, string.Empty);
        var matrix = context.NewMatrix();
        if (sources.Texts.Count == 0 || targets.Texts.Count == 0)
        {
            return matrix;
        }

        var encoder = Encoder();
        var clock = Stopwatch.StartNew();

        // One call for both sides: a text shared by a source and a target is encoded once.
        var vectors = encoder.Encode([.. sources.Texts, .. targets.Texts], cancellation);
        LogEncoding(encoder, sources, targets, clock.Elapsed);
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

    /// <summary>
    /// The artifacts' chunks, each after <paramref name="prefix"/>. An artifact without words keeps no
    /// chunk (a prefix alone is not a text), so it still scores 0 against everything.
    /// </summary>
    private ChunkedArtifacts Chunk(ArtifactSet artifacts, string prefix) =>
        new(artifacts.Select(a => _chunker.Chunk(a.Text).Select(chunk => prefix + chunk).ToArray()).ToArray());

    /// <summary>
    /// The model behind a <see cref="CachingEncoder"/>: every distinct chunk text is encoded once, and
    /// with the cache on, at most once per cache folder.
    /// </summary>
    private CachingEncoder Encoder()
    {
        var model = _model.Encoder();
        var cache = _options.UseCache ? new EmbeddingCache(CacheFolder, model.ModelId) : null;
        return new CachingEncoder(model, cache, _options.Progress);
    }

    /// <summary>The cache folder this measure reads and writes: the option, else <see cref="CacheFolders.DefaultEmbeddings()"/>.</summary>
    public string CacheFolder => _options.CacheFolder ?? CacheFolders.DefaultEmbeddings();

    private void LogEncoding(CachingEncoder encoder, ChunkedArtifacts sources, ChunkedArtifacts targets, TimeSpan elapsed)
    {
        if (_options.Log is null)
        {
            return;
        }

        var chunks = sources.Texts.Count + targets.Texts.Count;

        var cached = _options.UseCache
            ? string.Create(CultureInfo.InvariantCulture, $"{encoder.Hits} from cache {CacheFolder}")
            : "cache off";
        var rate = encoder.Encoded > 0 && elapsed > TimeSpan.Zero
            ? string.Create(CultureInfo.InvariantCulture, $", {encoder.Encoded / elapsed.TotalSeconds:F0} chunks/s")
            : string.Empty;
        // With a cache, what a warm or incremental run reused, counted in artifacts (files, for the
        // CLI) as a user thinks of them: the chunk counts alone do not say how many files changed.
        var reuse = _options.UseCache ? ArtifactReuse.Count(encoder.EncodedTexts, sources, targets) : default;
        var artifacts = _options.UseCache
            ? string.Create(CultureInfo.InvariantCulture, $"; {reuse.Whole:N0} of {reuse.Artifacts:N0} artifacts reused whole, {reuse.Artifacts - reuse.Whole:N0} with new text encoded")
            : string.Empty;
        _options.Log(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {chunks} chunks ({cached}, {encoder.Repeats} repeats, {encoder.Encoded} encoded) in {elapsed.TotalSeconds:F1} s{rate}{artifacts}"));
    }
}
