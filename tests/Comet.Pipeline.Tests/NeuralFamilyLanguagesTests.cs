using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Inference.Inference;

namespace Comet.Pipeline.Tests;

/// <summary>The neural measures vote as a family only on text their English models read.</summary>
public sealed class NeuralFamilyLanguagesTests
{
    private static readonly TracePipeline Pipeline = new(new PipelineOptions { Measures = ["vsm", "embedding"], Model = "hbn" });

    [Fact]
    public void InferenceFor_EnglishText_KeepsTheOptions()
    {
        var options = Pipeline.InferenceFor(Task(sourceLanguage: "en", targetLanguage: "en"));

        Assert.Same(Pipeline.Options.Inference, options);
        Assert.Equal(["embedding", "arctic"], options.Fit.NeuralMeasures);
    }

    [Theory]
    [InlineData("it", "it")]
    [InlineData("en", "it")] // eTour: English use cases, Italian code
    [InlineData("it", "en")]
    public void InferenceFor_TextInAnotherLanguage_DropsOnlyTheNeuralFamily(string sourceLanguage, string targetLanguage)
    {
        var options = Pipeline.InferenceFor(Task(sourceLanguage, targetLanguage));

        Assert.Empty(options.Fit.NeuralMeasures);
        Assert.Equal(Pipeline.Options.Inference.Fit.WordMeasures, options.Fit.WordMeasures);
        Assert.Equal(Pipeline.Options.Inference.Priors, options.Priors);
        Assert.Equal(Pipeline.Options.Inference.Fit with { NeuralMeasures = [] }, options.Fit);
    }

    [Fact]
    public void InferenceFor_NeuralFamilyAlreadyOff_KeepsTheOptions()
    {
        var off = new TracePipeline(new PipelineOptions
        {
            Measures = ["vsm"],
            Model = "hbn",
            Inference = InferenceOptions.Default with { Fit = InferenceOptions.Default.Fit with { NeuralMeasures = [] } },
        });

        Assert.Same(off.Options.Inference, off.InferenceFor(Task("it", "it")));
    }

    private static TraceTask Task(string sourceLanguage, string targetLanguage) => new()
    {
        Id = "languages",
        Sources = new ArtifactSet("requirements", [new Artifact("R1", ArtifactKind.Requirement, "the user logs in", null, sourceLanguage)]),
        Targets = new ArtifactSet("code", [new Artifact("C1", ArtifactKind.Source, "class Login {}", null, targetLanguage)]),
        Languages = [sourceLanguage, targetLanguage],
    };
}
