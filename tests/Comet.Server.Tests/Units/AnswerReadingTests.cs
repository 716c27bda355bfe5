using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Server.Scoring;

namespace Comet.Server.Tests.Units;

/// <summary>The service reads confirm / reject / likert exactly as `comet trace --answers` reads yes / no / 1-5 (AnswerScale).</summary>
public sealed class AnswerReadingTests
{
    [Theory]
    [InlineData("Confirm", null, "yes")]
    [InlineData("Reject", null, "no")]
    [InlineData("Likert", 1, "1")]
    [InlineData("Likert", 2, "2")]
    [InlineData("Likert", 3, "3")]
    [InlineData("Likert", 4, "4")]
    [InlineData("Likert", 5, "5")]
    public void Answers_ServiceFeedback_EqualsTheAnswersFilesReading(string verdict, int? likert, string answersFileText)
    {
        var task = new TraceTask
        {
            Id = "p",
            Sources = new ArtifactSet("sources", [new Artifact("R1", ArtifactKind.Requirement, "login", null, "en")]),
            Targets = new ArtifactSet("targets", [new Artifact("A.java", ArtifactKind.Source, "class Login", null, "en")]),
        };
        var feedback = new LinkFeedback(1, "R1", "A.java", Enum.Parse<FeedbackVerdict>(verdict), likert, "ana", null, null, DateTimeOffset.UnixEpoch);

        var read = Assert.Single(new BayesianLinkScorer().Answers(task, [feedback]));

        Assert.Equal(AnswerScale.Parse(answersFileText, "R1", "A.java"), read);
    }
}
