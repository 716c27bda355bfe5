using Comet.Inference;
using Comet.Pipeline.Measuring;
using Comet.Pipeline.Modelling;
using Comet.Server.Projects;
using Comet.Server.Scoring;

namespace Comet.Server.Tests.Units;

/// <summary>The one catalog of model names and defaults (Pipeline's ModelNames, ModelDefaults) is what the service runs.</summary>
public sealed class ModelCatalogTests
{
    [Fact]
    public void ModelNames_EveryKnownModel_ResolvesToAnInferenceEngine() =>
        Assert.All(ModelNames.Known.Where(m => m != ModelNames.None), m => Assert.Contains(ModelNames.Resolve(m)!, LinkInference.Names));

    [Fact]
    public void ServiceDefaults_AreTheCatalogs_AndItsScorersSpeakItsNames()
    {
        Assert.Equal(ModelDefaults.ServiceMeasures, ProjectSettings.Default.Measures);
        Assert.Equal(ModelDefaults.Model, ProjectSettings.Default.Model);
        Assert.Equal([ModelDefaults.Language], ProjectSettings.Default.Languages);
        Assert.True(LinkScorers.IsKnown(ModelNames.Hbn));
        Assert.True(LinkScorers.IsKnown(ModelNames.InterimZLogistic));
    }

    [Fact]
    public void Measures_EveryDefaultList_IsValid_AndTheServiceRunsTheTraceDefaults()
    {
        Assert.All([ModelDefaults.LexicalMeasures, ModelDefaults.TraceMeasures, ModelDefaults.RankingMeasures], list => Assert.Equal(list, PipelineMeasures.Catalog().Parse(list)));
        Assert.Equal(["biterm", "embedding"], ModelDefaults.TraceMeasures.Except(ModelDefaults.LexicalMeasures));
        Assert.Equal(ModelDefaults.TraceMeasures, ModelDefaults.ServiceMeasures);
    }
}
