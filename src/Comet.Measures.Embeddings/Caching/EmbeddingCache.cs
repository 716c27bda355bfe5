using Comet.Core.Caching;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// Vectors on disk, one small file per (model, text): <c>root/model/ab/abcdef....vec</c>. Safe for
/// several processes at once: a writer writes a temporary file and renames it over the final name
/// (atomic on one file system), so a reader sees a whole file or none; two writers of one key write
/// the same bytes. Unreadable or damaged files count as misses. A first-format (fp32) file is read
/// as it is and never rewritten: it already gives the fp16 vector, and a build from before the fp16
/// format sharing the folder (another branch, a CI agent not yet updated) still reads it.
/// </summary>
internal sealed class EmbeddingCache
{
    private readonly string _modelFolder;

    public EmbeddingCache(string root, string modelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ModelId = modelId;
        _modelFolder = Path.Combine(root, SafeFolderName(modelId));
    }

    public string ModelId { get; }

    public string PathFor(string text)
    {
        var key = CacheKey.For(ModelId, text);
        return Path.Combine(_modelFolder, key[..2], key + ".vec");
    }

    public float[]? TryGet(string text, int dimensions) =>
        CacheFile.TryRead(PathFor(text)) is { } bytes ? VectorFile.TryRead(bytes, dimensions) : null;

    /// <summary>Stores a vector; a failure to write (read-only or full disk) only costs a later re-encode.</summary>
    public void Put(string text, ReadOnlySpan<float> vector) => CacheFile.TryWrite(PathFor(text), VectorFile.Write(vector));

    private static string SafeFolderName(string modelId) =>
        string.Concat(modelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
