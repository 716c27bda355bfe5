using Comet.Core;
using Comet.Measures.Embeddings;

namespace Comet.Pipeline.Tests;

/// <summary>Each pipeline owns the catalog its options build; names resolve before any work starts.</summary>
public class PipelineCatalogTests
{
    [Fact]
    public void Constructor_MixedCaseNames_ResolvesThemInTheOwnCatalog()
    {
        var pipeline = new TracePipeline(new PipelineOptions { Measures = [" VSM", "embedding", "vsm"] });

        Assert.Equal(["vsm", "embedding"], pipeline.MeasureNames);
        Assert.True(pipeline.Catalog.Contains(EmbeddingMeasure.MeasureName));
    }

    [Fact]
    public void Constructor_UnknownMeasure_FailsBeforeAnyRun()
    {
        Assert.Throws<CometInputException>(() => new TracePipeline(new PipelineOptions { Measures = ["vsm", "word2vec"] }));
    }

    [Fact]
    public void Constructor_TwoPipelines_OwnSeparateCatalogs()
    {
        var first = new TracePipeline(new PipelineOptions());
        var second = new TracePipeline(new PipelineOptions());

        Assert.NotSame(first.Catalog, second.Catalog);
    }

    [Fact]
    public void Constructor_InvalidEmbeddingSettings_FailsWhenTheCatalogIsBuilt()
    {
        Assert.Throws<ArgumentException>(() => new TracePipeline(new PipelineOptions { Embedding = new EmbeddingOptions { TopK = 0 } }));
    }
}
