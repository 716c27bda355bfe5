using Comet.Core.Numerics;
using Comet.Measures.Combinations;
using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class CombinedMeasureTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void ZScores_Values_HaveMeanZeroAndUnitPopulationDeviation()
    {
        var z = ZScores.Of([1.0, 2.0, 3.0, 6.0]);
        Assert.Equal(0.0, z.Average(), Precision);
        Assert.Equal(1.0, Math.Sqrt(z.Select(v => v * v).Average()), Precision);
    }

    [Fact]
    public void ZScores_ConstantScores_GiveZeros()
    {
        Assert.Equal([0.0, 0.0, 0.0], ZScores.Of([0.4, 0.4, 0.4]));
    }

    [Fact]
    public void Compute_VsmPlusJs_IsTheMeanOfTheirZScores()
    {
        var context = TinyTasks.Context(
            ["user login password", "report export pdf"],
            ["login controller password hash", "pdf exporter report", "audit log"]);
        var vsm = ZScores.Of(new VsmMeasure().Compute(context).Values);
        var js = ZScores.Of(new JensenShannonMeasure().Compute(context).Values);
        var combined = new CombinedMeasure("vsm", "js").Compute(context).Values.ToArray();
        for (var c = 0; c < combined.Length; c++)
        {
            Assert.Equal((vsm[c] + js[c]) / 2, combined[c], Precision);
        }
    }

    [Fact]
    public void Name_JoinsComponentsWithPlus()
    {
        Assert.Equal("vsm+lda", new CombinedMeasure("VSM", " lda").Name);
    }

    [Fact]
    public void Constructor_SingleComponent_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CombinedMeasure("vsm"));
    }

    [Theory]
    [InlineData("vsm+lda")]
    [InlineData("js+lda")]
    [InlineData("vsm+nmf")]
    [InlineData("js+nmf")]
    [InlineData("vsm+js")]
    public void Registry_CometCombination_IsRegisteredUnderItsName(string name)
    {
        Assert.Equal(name, MeasureCatalog.Textual().Create(name).Name);
    }
}
