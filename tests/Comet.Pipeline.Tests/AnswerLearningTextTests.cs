using Comet.Inference.Output;
using Comet.Pipeline.Modelling;

namespace Comet.Pipeline.Tests;

/// <summary>The sentence that tells a reviewer what their answers changed, for each of the learner's outcomes.</summary>
public sealed class AnswerLearningTextTests
{
    [Fact]
    public void Prior_SaysTheOtherLinksKeepTheModelsOrder()
    {
        var text = AnswerLearningText.Describe(new AnswerLearningSummary("prior", 0, 1, []), 100, 4);

        Assert.StartsWith("100 answers (4 say link): the answered links take their answers;", text, StringComparison.Ordinal);
        Assert.Contains("the rest keep the model's order", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_GivesScaleAndShiftAndKeepsTheOrder()
    {
        var text = AnswerLearningText.Describe(new AnswerLearningSummary("calibration", -1.234, 1.5, []), 30, 12);

        Assert.Equal("30 answers (12 say link): recalibrated every link's probability (log-odds x 1.50, shifted by -1.23); the order of unanswered links is the model's own", text);
    }

    [Fact]
    public void Weights_NameTheStrongestThreeTermsByMagnitude()
    {
        var weights = new LogOddsTerm[] { new("vsm:source", 0.10), new("like rejected", -0.40), new("bm25:source", 0.25), new("js", 0.001), new("neighbours confirmed", 0.30) };

        var text = AnswerLearningText.Describe(new AnswerLearningSummary("weights (precision 30)", 0, 1, weights), 50, 14);

        Assert.Equal("50 answers (14 say link): reordered the links with learned weights (precision 30); strongest terms: like rejected -0.40, neighbours confirmed +0.30, bm25:source +0.25", text);
    }

    [Fact]
    public void Weights_ForAnsweredSourcesOnly_SayTheOthersKeepTheirOrder()
    {
        var summary = new AnswerLearningSummary("weights (precision 30)", 0, 1, [new LogOddsTerm("like rejected", -0.40)]) { WeightsOnlyForAnsweredSources = true };

        var text = AnswerLearningText.Describe(summary, 50, 14);

        Assert.Equal("50 answers (14 say link): reordered the links of the requirements answered about with learned weights (precision 30) (the others keep the model's order, recalibrated); strongest terms: like rejected -0.40", text);
    }

    [Fact]
    public void NoLearner_SaysTheAnswersWereEvidence()
    {
        Assert.Equal("5 answers (2 say link): entered the model as evidence on their links", AnswerLearningText.Describe(null, 5, 2));
    }
}
