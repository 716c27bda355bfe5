using Comet.Benchmarks.Evaluation;

namespace Comet.Evaluation.Tests.Oracle;

/// <summary>The held-out oracle benchmark reads `comet evaluate --trec` folders: qrels, and runs in comet's own order.</summary>
public sealed class TrecFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comet-trec-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ToOracleRun_TiedScores_AreOrderedBySourceIdThenTheSourcesOwnRank()
    {
        File.WriteAllText(Path.Combine(_folder, "Set_task.qrels"), "s1 0 b 1\ns2 0 a 1\ns2 0 z 0\n");
        // Written as comet writes: sources in id order, each source's candidates in its own rank order.
        File.WriteAllText(Path.Combine(_folder, "Set_task.model_hbn__paths.run"),
            "s1 Q0 a 1 0.5 model_hbn__paths\ns1 Q0 b 2 0.5 model_hbn__paths\ns2 Q0 a 1 0.9 model_hbn__paths\ns2 Q0 z 2 NaN model_hbn__paths\n");

        var gold = TrecFolder.ReadQrels(_folder, "Set/task");
        Assert.Equal(["s1", "s2"], gold.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("z", gold["s2"]);
        var index = new Dictionary<string, int> { ["s1"] = 0, ["s2"] = 1 };
        var lines = TrecFolder.ReadLines(_folder, "Set/task", "model hbn +paths");
        var run = TrecFolder.ToOracleRun("model hbn +paths", lines, index, gold, [1, 1]);

        // s2 a (0.9) first, then s1's tied pair in its own order (a, b), NaN last.
        Assert.Equal([1, 0, 0, 1], run.PairSources);
        Assert.Equal([true, false, true, false], run.PairRelevant);
        Assert.Equal([0.5, 1.0], run.SourceAp);
        Assert.True(TrecFolder.HasRun(_folder, "Set/task", "model hbn +paths"));
        Assert.Equal(["s1", "s2"], lines.Select(l => l.Source).Distinct());
    }

    [Fact]
    public void ToOracleRun_ASourceOutsideTheIndex_IsAnErrorNotASilentDrop()
    {
        File.WriteAllText(Path.Combine(_folder, "t.qrels"), "s1 0 a 1\n");
        File.WriteAllText(Path.Combine(_folder, "t.vsm.run"), "s9 Q0 a 1 0.5 vsm\n");
        var gold = TrecFolder.ReadQrels(_folder, "t");
        var error = Assert.Throws<FormatException>(() => TrecFolder.ToOracleRun("vsm", TrecFolder.ReadLines(_folder, "t", "vsm"), new Dictionary<string, int> { ["s1"] = 0 }, gold, [1]));
        Assert.Contains("s9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadQrels_AMalformedLine_NamesTheFileAndLine()
    {
        File.WriteAllText(Path.Combine(_folder, "t.qrels"), "s1 0 a 1\ns1 a\n");
        var error = Assert.Throws<FormatException>(() => TrecFolder.ReadQrels(_folder, "t"));
        Assert.Contains("t.qrels:2", error.Message, StringComparison.Ordinal);
    }
}
