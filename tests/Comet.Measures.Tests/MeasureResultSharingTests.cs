using Comet.Measures.Combinations;
using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class MeasureResultSharingTests
{
    private static MeasureContext Context() => MeasureFixtures.Context(
        ["user login password", "report export pdf"],
        ["login controller password hash", "pdf exporter report", "audit log"]);

    [Fact]
    public void Create_ComputeTwiceOnOneContext_ReturnsEqualIndependentCopies()
    {
        var context = Context();
        var first = MeasureRegistry.Create("js").Compute(context);
        first[0, 0] = -1;
        var second = MeasureRegistry.Create("js").Compute(context);
        Assert.NotEqual(-1, second[0, 0]);
        Assert.Equal(new JensenShannonMeasure().Compute(context).Values.ToArray(), second.Values.ToArray());
    }

    [Fact]
    public void Create_CombinationAfterItsComponent_GivesSameMatrixAsUnsharedCombination()
    {
        var context = Context();
        _ = MeasureRegistry.Create("vsm").Compute(context);
        var shared = MeasureRegistry.Create("vsm+js").Compute(context);
        var unshared = new CombinedMeasure("vsm", "js").Compute(Context());
        Assert.Equal(unshared.Values.ToArray(), shared.Values.ToArray());
    }

    [Fact]
    public void CreateUnshared_KnownName_ReturnsTheMeasureItself()
    {
        Assert.IsType<Bm25Measure>(MeasureRegistry.CreateUnshared("BM25"));
    }

    [Fact]
    public void Create_UnknownComponentInCombination_ThrowsInputError()
    {
        Assert.Throws<Comet.Core.CometInputException>(() => new CombinedMeasure("vsm", "nope").Compute(Context()));
    }
}
