using Comet.Measures;
using Comet.Measures.Embeddings;
using Comet.Pipeline.Measuring;

namespace Comet.Pipeline.Tests;

/// <summary>
/// The pipeline's catalog with the embedding's vector cache in a private folder, so tests never touch
/// the user's cache. The MiniLM model ships in the package and loads once per process, offline.
/// </summary>
public sealed class PipelineCatalogFixture : IDisposable
{
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("comet-pipeline-test-");

    public PipelineCatalogFixture() => Catalog = PipelineMeasures.Catalog(new EmbeddingOptions { CacheFolder = _cache.FullName });

    public MeasureCatalog Catalog { get; }

    public void Dispose() => _cache.Delete(recursive: true);
}
