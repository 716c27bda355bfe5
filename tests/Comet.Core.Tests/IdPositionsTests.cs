using Comet.Core.Artifacts;

namespace Comet.Core.Tests;

public class IdPositionsTests
{
    [Fact]
    public void Of_Ids_GivesEachItsPosition()
    {
        var positions = IdPositions.Of(["a", "B", "b"]);

        Assert.Equal([0, 1, 2], new[] { positions["a"], positions["B"], positions["b"] });
    }

    [Fact]
    public void Of_RepeatedId_ThrowsNamingTheOwner()
    {
        var error = Assert.Throws<ArgumentException>(() => IdPositions.Of(["a", "b", "a"], "The matrix"));

        Assert.Contains("The matrix contains the id 'a' twice", error.Message, StringComparison.Ordinal);
    }
}
