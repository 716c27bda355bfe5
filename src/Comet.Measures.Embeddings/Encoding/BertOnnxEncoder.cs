using System.Diagnostics;
using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// A 384-wide, 6-layer BERT sentence encoder (all-MiniLM-L6-v2 and Snowflake arctic-embed-xs share
/// this shape and vocabulary) run from the ONNX file and tokenizer its package ships: nothing is
/// downloaded. Runs the model itself rather than through the package's encoder so that it can
/// (1) tokenize first and batch texts of equal token counts, so almost no padded position is computed;
/// (2) choose the ONNX Runtime session options (<see cref="MiniLmSettings"/>); (3) pool and normalise
/// over flat spans instead of the package's per-element tensor indexing. Tokens, pooling order and
/// arithmetic are the package's, so vectors match its encoder to float rounding (a test bounds the
/// deviation for MiniLM). The models differ only in their files and pooling; the subclasses name them.
/// Loading takes about a second, so one instance per model is shared (<see cref="SharedMiniLm"/>,
/// <see cref="SharedArcticXs"/>).
/// </summary>
internal abstract class BertOnnxEncoder : ITextEncoder, IDisposable
{
    /// <summary>Most word pieces the model reads of one text (its position table); the packages cut there too.</summary>
    public const int MaxTokens = 512;

    /// <summary>Hidden width of both models, and so the length of every vector.</summary>
    internal const int Width = 384;

    private readonly TokenizerBase _tokenizer;
    private readonly TokenPooling _pooling;
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

    /// <param name="model">The ONNX file's bytes (its only output, or its first, is the last hidden state).</param>
    /// <param name="tokenizer">The package's word-piece tokenizer for this model.</param>
    /// <param name="pooling">How the package turns token vectors into one.</param>
    /// <param name="settings">How the model is run.</param>
    protected BertOnnxEncoder(byte[] model, TokenizerBase tokenizer, TokenPooling pooling, MiniLmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(settings);
        _tokenizer = tokenizer;
        _pooling = pooling;
        _settings = settings;
        _sessionOptions = settings.CreateSessionOptions();
        _session = new InferenceSession(model, _sessionOptions);
        _outputNames = [_session.OutputMetadata.Keys.First()];
    }

    public abstract string ModelId { get; }

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
                using var outputs = RunOrCancel(runOptions, names, values, cancellation);
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
    /// The session's run; a cancellation sets the run's terminate flag, which ONNX Runtime reports as an error
    /// ("Exiting due to terminate flag"): the caller asked to stop, so it gets an <see cref="OperationCanceledException"/>,
    /// as from every other stage (the service then records the run as cancelled, not as failed).
    /// </summary>
    private IDisposableReadOnlyCollection<OrtValue> RunOrCancel(RunOptions runOptions, string[] names, OrtValue[] values, CancellationToken cancellation)
    {
        try
        {
            var outputs = _session.Run(runOptions, names, values, _outputNames);
            if (cancellation.IsCancellationRequested)
            {
                outputs.Dispose();
                throw new OperationCanceledException(cancellation);
            }

            return outputs;
        }
        catch (OnnxRuntimeException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
    }

    /// <summary>One unit vector per text of the batch, pooled as the package pools.</summary>
    private float[][] Pool(ReadOnlySpan<float> hidden, int[][] batch, int length)
    {
        var vectors = new float[batch.Length][];
        for (var r = 0; r < batch.Length; r++)
        {
            var vector = _pooling == TokenPooling.Cls
                ? hidden.Slice(r * length * Width, Width).ToArray()
                : MeanOfTokens(hidden, r, batch[r].Length, length);
            Normalise(vector);
            vectors[r] = vector;
        }

        return vectors;
    }

    /// <summary>
    /// Mean of a text's token vectors; the same float operations in the same order as the MiniLM
    /// package's DenseTensorHelpers (padded positions, which it multiplies by a zero mask, are skipped).
    /// </summary>
    private static float[] MeanOfTokens(ReadOnlySpan<float> hidden, int row, int count, int length)
    {
        var vector = new float[Width];
        for (var t = 0; t < count; t++)
        {
            var token = hidden.Slice(((row * length) + t) * Width, Width);
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

        return vector;
    }

    /// <summary>Unit length in place, as both packages normalise: sum of squares in order, then times 1 / max(norm, 1e-12).</summary>
    private static void Normalise(float[] vector)
    {
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
    }
}
