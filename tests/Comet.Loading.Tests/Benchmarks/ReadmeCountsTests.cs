using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Benchmarks;

/// <summary>
/// Task sizes against <c>shared/datasets/README.md</c>. Single-task datasets are checked against
/// the overview table as parsed; per-section numbers are written here with the README's words.
/// A README gold count is a count of rows, so it must equal kept + missing-artifact + duplicate links.
/// </summary>
public sealed class ReadmeCountsTests
{
    [BenchmarkTheory]
    [InlineData("eTour", "eTour", 0)]
    [InlineData("eTour_en", "eTour_en", 0)]
    [InlineData("eANCI", "eANCI", 0)]
    [InlineData("eANCI_ftlr", "eANCI_ftlr", 0)]
    [InlineData("Albergate", "Albergate", 0)]
    [InlineData("CM1-NASA", "CM1-NASA", 0)]
    [InlineData("CCHIT", "CCHIT", 0)]
    [InlineData("WARC", "WARC", 0)]
    [InlineData("MODIS", "MODIS", 0)]
    [InlineData("Dronology", "Dronology", 0)]
    [InlineData("InfusionPump", "InfusionPump", 0)]
    // "Three of those class IDs (4, 75, 138) do not appear in ClassDiagram.csv": 5 gold rows use them.
    [InlineData("IceBreaker", "IceBreaker", 5)]
    public void SingleTaskDataset_MatchesOverviewTable(string taskId, string folder, int expectedMissing)
    {
        var readme = ReadmeOverview.For(folder);

        var task = BenchmarkTasks.Load(taskId);

        Assert.Equal(readme.Sources, task.Sources.Count);
        Assert.Equal(readme.Targets, task.Targets.Count);
        Assert.Equal(readme.Gold, BenchmarkTasks.GoldRowsAccountedFor(task));
        Assert.Equal(expectedMissing, task.Diagnostics.MissingArtifactLinks.Count);
        Assert.Equal(0, task.Diagnostics.DuplicateGoldRows);
    }

    [BenchmarkTheory]
    // EBT: "41 lines of the form 100<TAB>text", "CC/46.txt … CC/95.txt: 50 classes", "25 test cases",
    // "AnswerReq2CC.txt (98 lines ...)", "AnswersRequirements2Testcases.txt, 39 rows ... which gives 51 pairs".
    [InlineData("EBT/req-code", 41, 50, 98, 0)]
    [InlineData("EBT/req-test", 41, 25, 51, 0)]
    // LibEST: "52 requirements", "14 C files", "21 C test files", "This gives **204** links",
    // "giving **357** pairs, of which **352 are unique** (5 are duplicates)".
    [InlineData("LibEST/req-code", 52, 14, 204, 0)]
    [InlineData("LibEST/req-test", 52, 21, 352, 5)]
    // EasyClinic: "UC 1–30", "ID 31–50", "TC 51–113", "CC 114–160"; "Link counts (unique pairs): UC_CC 93
    // (SimpleUC_CC.txt is identical), UC_TC 63, UC_ID 26, UC_UC 144, ID_CC 69, ID_TC 83, ID_UC 26, ID_ID 59,
    // TC_CC 204, CC_TC 204, TC_TC 578, CC_CC 69."
    [InlineData("EasyClinic/UC-CC", 30, 47, 93, 0)]
    [InlineData("EasyClinic/UC-TC", 30, 63, 63, 0)]
    [InlineData("EasyClinic/UC-ID", 30, 20, 26, 0)]
    [InlineData("EasyClinic/UC-UC", 30, 30, 144, 0)]
    [InlineData("EasyClinic/ID-CC", 20, 47, 69, 0)]
    [InlineData("EasyClinic/ID-TC", 20, 63, 83, 0)]
    [InlineData("EasyClinic/ID-UC", 20, 30, 26, 0)]
    [InlineData("EasyClinic/ID-ID", 20, 20, 59, 0)]
    [InlineData("EasyClinic/TC-CC", 63, 47, 204, 0)]
    [InlineData("EasyClinic/CC-TC", 47, 63, 204, 0)]
    [InlineData("EasyClinic/TC-TC", 63, 63, 578, 0)]
    [InlineData("EasyClinic/CC-CC", 47, 47, 69, 0)]
    [InlineData("EasyClinic/UC-CC/it", 30, 47, 93, 0)]
    [InlineData("EasyClinic/UC-TC/it", 30, 63, 63, 0)]
    // eANCI_ftlr: "trans_req/EA*.txt: English translations of the same 139", 55 translated classes, same 567 links.
    [InlineData("eANCI_ftlr/en", 139, 55, 567, 0)]
    public void SectionCounts_MatchReadme(string taskId, int sources, int targets, int uniqueGold, int duplicates)
    {
        var task = BenchmarkTasks.Load(taskId);

        Assert.Equal((sources, targets, uniqueGold), (task.Sources.Count, task.Targets.Count, task.Gold.Count));
        Assert.Empty(task.Diagnostics.MissingArtifactLinks);
        Assert.Equal(duplicates, task.Diagnostics.DuplicateGoldRows);
    }

    [BenchmarkTheory]
    // "(57 sources and 89 targets take part in links)", "(57 and 89 distinct)", "Only 39 use cases have any
    // link ... All 55 classes are linked", "39 sources and 55 targets take part", "(16 and 53 distinct)",
    // "(19 and 30 distinct)", "(72 and 415 distinct)", "(60 and 79 distinct)", "(12 and 31 distinct)", "(95 and 210 distinct)".
    [InlineData("eTour", 57, 89)]
    [InlineData("eTour_en", 57, 89)]
    [InlineData("eANCI", 39, 55)]
    [InlineData("eANCI_ftlr", 39, 55)]
    [InlineData("Albergate", 16, 53)]
    [InlineData("CM1-NASA", 19, 30)]
    [InlineData("CCHIT", 72, 415)]
    [InlineData("WARC", 60, 79)]
    [InlineData("MODIS", 12, 31)]
    [InlineData("Dronology", 95, 210)]
    // "(20 and 105 distinct)": 105 counts "R5.4.0 (1)" and "R5.4.0(1)" apart; normalised they are one id.
    [InlineData("InfusionPump", 20, 104)]
    public void LinkedArtifacts_MatchReadme(string taskId, int linkedSources, int linkedTargets)
    {
        var task = BenchmarkTasks.Load(taskId);

        Assert.Equal((linkedSources, linkedTargets), (task.Gold.LinkedSources.Count, BenchmarkTasks.LinkedTargets(task)));
    }
}
