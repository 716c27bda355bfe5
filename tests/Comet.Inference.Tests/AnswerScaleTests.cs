using Comet.Inference.Evidence;

namespace Comet.Inference.Tests;

public class AnswerScaleTests
{
    [Theory]
    [InlineData("yes", 1.0)]
    [InlineData(" Y ", 1.0)]
    [InlineData("link", 1.0)]
    [InlineData("no", 0.0)]
    [InlineData("NOT", 0.0)]
    [InlineData("5", 1.0)]
    [InlineData("4", 0.75)]
    [InlineData("3", 0.5)]
    [InlineData("2", 0.25)]
    [InlineData("1", 0.0)]
    public void Parse_Answer_GivesTheDocumentedStatedProbability(string text, double expected) =>
        Assert.Equal(expected, AnswerScale.Parse(text, "R1", "A.java")!.StatedProbability);

    [Theory]
    [InlineData("maybe")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("+4")]
    [InlineData("")]
    public void Parse_OtherText_IsNull(string text) => Assert.Null(AnswerScale.Parse(text, "R1", "A.java"));

    [Fact]
    public void YesAndNo_AreTheScalesEnds_AndLikertAtFaceValueIsTheScale()
    {
        Assert.Equal(AnswerScale.Level("R1", "A.java", 5), AnswerScale.Yes("R1", "A.java"));
        Assert.Equal(AnswerScale.Level("R1", "A.java", 1), AnswerScale.No("R1", "A.java"));
        Assert.All(Enumerable.Range(1, 5), level => Assert.Equal(AnswerScale.Level("R1", "A.java", level), FeedbackAnswer.Likert("R1", "A.java", level)));
    }
}
