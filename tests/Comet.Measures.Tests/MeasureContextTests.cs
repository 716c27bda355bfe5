using Comet.Core;
using Comet.Core.Similarity;
using Comet.Measures.Combinations;
using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

/// <summary>Per-run caching on the context, and the catalog's own rules.</summary>
public class MeasureContextTests
{
    private static MeasureContext Context(MeasureCatalog? catalog = null)
    {
        var task = TinyTasks.Task(["user login password", "report export pdf"], ["login controller password hash", "pdf exporter report", "audit log"]);
        using var analyzer = new Comet.Preprocessing.TextAnalyzer(new Comet.Preprocessing.AnalysisOptions { Languages = task.Languages });
        return new MeasureContext(task, Comet.Preprocessing.AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer), catalog: catalog);
    }

    [Fact]
    public void Measure_TwiceOnOneContext_ReturnsEqualIndependentCopies()
    {
        var context = Context();
        var first = context.Measure("js");
        first[0, 0] = -1;
        var second = context.Measure("JS");
        Assert.NotEqual(-1, second[0, 0]);
        Assert.Equal(new JensenShannonMeasure().Compute(context).Values.ToArray(), second.Values.ToArray());
    }

    [Fact]
    public void Measure_ComponentAndCombinations_ComputeTheComponentOncePerContext()
    {
        var counting = new CountingMeasure();
        var catalog = MeasureCatalog.Textual()
            .With("counted", () => counting)
            .With("counted+vsm", () => new CombinedMeasure("counted", "vsm"))
            .With("counted+js", () => new CombinedMeasure("counted", "js"));
        var context = Context(catalog);

        _ = context.Measure("counted");
        _ = context.Measure("counted+vsm");
        _ = context.Measure("counted+js");
        _ = Context(catalog).Measure("counted");

        // Once on the first context, once on the second: the cache is the context's, not the process's.
        Assert.Equal(2, counting.Calls);
    }

    [Fact]
    public void Measure_CombinationAfterItsComponent_GivesSameMatrixAsOnAFreshContext()
    {
        var context = Context();
        _ = context.Measure("vsm");
        var shared = context.Measure("vsm+js");
        var unshared = new CombinedMeasure("vsm", "js").Compute(Context());
        Assert.Equal(unshared.Values.ToArray(), shared.Values.ToArray());
    }

    [Fact]
    public void Create_KnownName_ReturnsTheMeasureItself()
    {
        Assert.IsType<Bm25Measure>(MeasureCatalog.Textual().Create("BM25"));
    }

    [Fact]
    public void Compute_UnknownComponentInCombination_ThrowsInputError()
    {
        Assert.Throws<CometInputException>(() => new CombinedMeasure("vsm", "nope").Compute(Context()));
    }

    [Fact]
    public void With_NameAlreadyRegistered_Throws()
    {
        Assert.Throws<ArgumentException>(() => MeasureCatalog.Textual().With("VSM", () => new VsmMeasure()));
    }

    [Fact]
    public void With_NewMeasure_LeavesTheOriginalCatalogUnchanged()
    {
        var textual = MeasureCatalog.Textual();
        var extended = textual.With("counted", () => new CountingMeasure());

        Assert.False(textual.Contains("counted"));
        Assert.Equal([.. textual.Names, "counted"], extended.Names);
    }

    /// <summary>VSM's scores, counting how often it is computed.</summary>
    private sealed class CountingMeasure : ISimilarityMeasure
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counted";

        public SimilarityMatrix Compute(MeasureContext context)
        {
            Interlocked.Increment(ref _calls);
            return new VsmMeasure().Compute(context);
        }
    }
}
