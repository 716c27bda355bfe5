using Comet.Core.Artifacts;
using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Benchmarks;

/// <summary>Id, set and language conventions other stages rely on (e.g. the reference-output reader).</summary>
public sealed class TaskConventionTests
{
    [BenchmarkTheory]
    [InlineData("LibEST/req-code", "RQ1.txt", "est.c")]
    [InlineData("LibEST/req-test", "RQ1.txt", "us1005.c")]
    [InlineData("EBT/req-code", "100", "46")]
    [InlineData("EBT/req-test", "100", "141")]
    [InlineData("eTour", "UC1", "DBBeneCulturale")]
    [InlineData("Albergate", "F-GES-01", "AggiungiBeneServizio")]
    [InlineData("eTour_en", "UC1.txt", "AdvancedSearch.java")]
    [InlineData("EasyClinic/UC-CC", "1.txt", "114.txt")]
    [InlineData("Dronology", "RE-766.txt", "DD-439.txt")]
    [InlineData("MediaStore", "1", "Implementation/mediastore.ejb.facade/src/edu/kit/ipd/sdq/mediastore/ejb/facade/FacadeImpl.java")]
    [InlineData("CM1-NASA", "SRS5.12.2.1", "DPUSDS5.12.1.2.4")]
    [InlineData("InfusionPump", "10.1", "R5.4.0(1)")]
    public void Ids_FollowTheAgreedForm(string taskId, string sourceId, string targetId)
    {
        var task = BenchmarkTasks.Load(taskId);

        Assert.True(task.Sources.Contains(sourceId), $"{taskId} has no source '{sourceId}'");
        Assert.True(task.Targets.Contains(targetId), $"{taskId} has no target '{targetId}'");
    }

    [BenchmarkFact]
    public void LibEst_ReqCode_HasTestsAndExecutionTraces()
    {
        var task = BenchmarkTasks.Load("LibEST/req-code");

        var tests = Assert.Single(task.Intermediates);
        Assert.Equal(("tests", 21), (tests.Name, tests.Count));
        // "execution_traces.txt: us1005.c est_client_http.c per line, 108 test→source pairs ... (15 tests)".
        var traces = task.KnownLinks["execution-traces"];
        Assert.Equal(108, traces.Count);
        Assert.Equal(15, traces.Select(l => l.SourceId).Distinct().Count());
        Assert.All(traces, l => Assert.True(tests.Contains(l.SourceId) && task.Targets.Contains(l.TargetId)));
    }

    [BenchmarkFact]
    public void Intermediates_EbtAndEasyClinic_AreTheTestAndDiagramSets()
    {
        Assert.Equal(["tests"], BenchmarkTasks.Load("EBT/req-code").Intermediates.Select(s => s.Name));
        Assert.Equal([63, 20], BenchmarkTasks.Load("EasyClinic/UC-CC").Intermediates.Select(s => s.Count));
    }

    [BenchmarkFact]
    public void Languages_ComeFromManifests()
    {
        var eTour = BenchmarkTasks.Load("eTour");

        Assert.Equal(["en", "it"], eTour.Languages);
        Assert.Equal(("en", "it"), (eTour.Sources[0].Language, eTour.Targets[0].Language));
        Assert.Equal(["it"], BenchmarkTasks.Load("eANCI").Languages);
        Assert.Equal(["en"], BenchmarkTasks.Load("eANCI_ftlr/en").Languages);
        Assert.Equal(["it"], BenchmarkTasks.Load("EasyClinic/UC-CC/it").Languages);
    }

    [BenchmarkFact]
    public void Kinds_MatchTheArtifacts()
    {
        var libEst = BenchmarkTasks.Load("LibEST/req-code");

        Assert.Equal((ArtifactKind.Requirement, ArtifactKind.Source), (libEst.Sources[0].Kind, libEst.Targets[0].Kind));
        Assert.Equal(ArtifactKind.Test, libEst.Intermediates[0][0].Kind);
        Assert.Equal(ArtifactKind.UseCase, BenchmarkTasks.Load("eTour").Sources[0].Kind);
    }

    [BenchmarkFact]
    public void EAnci_RtfUseCases_AreReadAsPlainText()
    {
        var useCases = BenchmarkTasks.Load("eANCI").Sources;

        Assert.DoesNotContain(useCases, a => a.Text.Contains(@"\rtf", StringComparison.Ordinal) || a.Text.Contains(@"\par", StringComparison.Ordinal));
        Assert.StartsWith("Nome caso d\u2019uso\nAutenticazioneAmministratore", useCases.Find("EA1")!.Text, StringComparison.Ordinal);
    }

    [BenchmarkFact]
    public void ETour_Cp1252UseCases_DecodeTheirPunctuation()
    {
        var text = string.Concat(BenchmarkTasks.Load("eTour").Sources.Select(a => a.Text));

        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains('\u2022', text); // the bullet 0x95 of "Operator conditions • The agency has logged."
    }

    [BenchmarkFact]
    public void Describe_GivesDatasetDirectionAndGoldFile()
    {
        var description = DatasetCatalog.Default.Describe("LibEST/req-code");

        Assert.Equal("LibEST", description.Dataset);
        Assert.Equal("requirements -> source", description.Direction);
        Assert.Equal("LibEST/req_to_code_ground.txt", description.GoldFile);
        Assert.Equal(["tests"], description.Intermediates);
        Assert.True(description.IsBenchmark);
    }

    [BenchmarkFact]
    public void TaskIds_CoverEveryRequiredTask()
    {
        var ids = DatasetCatalog.Default.TaskIds;
        string[] required =
        [
            "eTour", "eTour_en", "eANCI", "eANCI_ftlr", "Albergate", "EBT/req-code", "EBT/req-test", "LibEST/req-code",
            "LibEST/req-test", "EasyClinic/UC-CC", "EasyClinic/UC-TC", "CM1-NASA", "CCHIT", "WARC", "MODIS", "Dronology",
            "MediaStore", "TeaStore", "IceBreaker", "InfusionPump", "Kiosk", "demo/req-code", "demo/req-test",
        ];

        Assert.All(required, id => Assert.Contains(id, ids));
        Assert.Equal(10, ids.Count(id => id.StartsWith("HIPAA/", StringComparison.Ordinal)));
        Assert.Equal(23, ids.Count(id => id.StartsWith("Waterloo/grp", StringComparison.Ordinal)));
        Assert.Equal(12, ids.Count(id => id.StartsWith("EasyClinic/", StringComparison.Ordinal) && !id.EndsWith("/it", StringComparison.Ordinal)));
        Assert.DoesNotContain(ids, id => id.Contains("SimpleUC", StringComparison.Ordinal));
    }
}
