namespace Comet.Measures.Embeddings.Encoding;

/// <summary>How a sentence encoder turns the model's token vectors into one vector per text.</summary>
internal enum TokenPooling
{
    /// <summary>The average over the text's real tokens (all-MiniLM-L6-v2 was trained so).</summary>
    Mean,

    /// <summary>The vector of the leading [CLS] token (arctic-embed was trained so).</summary>
    Cls,
}
