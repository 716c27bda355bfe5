using System.Security.Cryptography;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// Names a cached vector: SHA-256 of the model id and the exact text encoded, as lower-case hex.
/// The model id is hashed in as well as used for the folder, so a file moved between model folders
/// still cannot be mistaken for another model's vector.
/// </summary>
internal static class CacheKey
{
    public static string For(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);

        // The NUL separator cannot occur in a model id, so (id, text) pairs map to distinct inputs.
        var bytes = System.Text.Encoding.UTF8.GetBytes(modelId + "\0" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
