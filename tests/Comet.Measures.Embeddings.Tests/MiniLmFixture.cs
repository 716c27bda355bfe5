using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// Loads the real model once per test class (the process shares it anyway) and gives the class a
/// private cache folder, so tests never touch the user's cache.
/// </summary>
public sealed class MiniLmFixture : IDisposable
{
    private readonly TemporaryFolder _cache = new();

    internal ITextEncoder Encoder { get; } = SharedMiniLm.Instance;

    public string CacheFolder => _cache.Path;

    public void Dispose() => _cache.Dispose();
}
