using Comet.Reporting.Html.Building;

namespace Comet.Reporting.Tests.Html;

public class MinMaxScaleTests
{
    [Fact]
    public void MinMaxScale_Apply_MapsLowestToZeroHighestToOneAndKeepsNaN()
    {
        var scale = MinMaxScale.Fit([2.0, 4.0, double.NaN, 3.0]);

        Assert.Equal(0.0, scale.Apply(2.0), 12);
        Assert.Equal(0.5, scale.Apply(3.0), 12);
        Assert.Equal(1.0, scale.Apply(4.0), 12);
        Assert.True(double.IsNaN(scale.Apply(double.NaN)));
    }

    [Fact]
    public void MinMaxScale_AllEqual_MapsToZero()
    {
        var scale = MinMaxScale.Fit([0.3, 0.3]);

        Assert.Equal(0.0, scale.Apply(0.3));
    }
}
