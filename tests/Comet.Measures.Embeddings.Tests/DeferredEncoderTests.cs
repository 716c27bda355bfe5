using Comet.Measures.Embeddings.Encoding;
using Comet.TestSupport;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>The shared models load only when a text is missing from the cache.</summary>
public sealed class DeferredEncoderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Compute_WarmCache_NeverLoadsTheModel()
    {
        var loads = 0;
        var model = new CountingEncoder();
        var deferred = new DeferredEncoder(model.ModelId, model.Dimensions, () =>
        {
            loads++;
            return model;
        });
        var measure = new EmbeddingMeasure(new EmbeddingOptions { CacheFolder = _folder.Path }, () => deferred);
        var context = TinyTasks.Context(["user login"], ["login controller"]);

        var cold = measure.Compute(context);
        var loadsCold = loads;
        var warm = measure.Compute(context);

        Assert.Equal(1, loadsCold);
        Assert.Equal(1, loads);
        Assert.Equal(cold.Values.ToArray(), warm.Values.ToArray());
    }

    [Fact]
    public void Encode_LoadedModelDiffersFromTheDeclaredOne_Throws()
    {
        var deferred = new DeferredEncoder("another-model", 8, () => new CountingEncoder());

        Assert.Throws<InvalidOperationException>(() => deferred.Encode(["text"], CancellationToken.None));
    }

    [Fact]
    public void SharedModels_DeclareTheIdAndWidthOfTheModelTheyLoad()
    {
        Assert.Equal(MiniLmEncoder.Id, SharedMiniLm.Deferred.ModelId);
        Assert.Equal(384, SharedMiniLm.Deferred.Dimensions);
        Assert.Equal(ArcticXsEncoder.Id, SharedArcticXs.Deferred.ModelId);
        Assert.Equal(384, SharedArcticXs.Deferred.Dimensions);
    }
}
