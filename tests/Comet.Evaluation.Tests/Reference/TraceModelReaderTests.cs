using Comet.Core;
using Comet.Evaluation.Reference;

namespace Comet.Evaluation.Tests.Reference;

public sealed class TraceModelReaderTests : IDisposable
{
    private const string Header =
        "# Trace Model\n# name: MAP\n# parameters: {}\n# corpus_name: EBT (1_1)\n# threshold_technique: n/a\n# threshold: n/a\n";

    private static readonly IdNormalisation EbtSource = new("RQ", []);
    private static readonly IdNormalisation EbtTarget = new(null, [".java"]);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"comet-tm-{Guid.NewGuid():N}.tm");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Read_EbtStyleIds_NormalisesAndRanksNaNLast()
    {
        File.WriteAllText(_path, Header + "RQ102 58.java nan\nRQ102 7.java 0.25\nRQ9 58.java 1.0\n");
        var run = TraceModelReader.Read(_path, EbtSource, EbtTarget);

        Assert.Equal(3, run.Count);
        Assert.Equal(("9", "58", 1.0), (run[0].SourceId, run[0].TargetId, run[0].Score));
        Assert.Equal(("102", "7"), (run[1].SourceId, run[1].TargetId));
        Assert.True(double.IsNaN(run[2].Score));
    }

    [Fact]
    public void Read_KeepsTheLastLine()
    {
        File.WriteAllText(_path, Header + "RQ1 1.java 0.5\nRQ1 2.java 0.4");
        Assert.Equal(2, TraceModelReader.Read(_path, EbtSource, EbtTarget).Count);
    }

    [Fact]
    public void Read_IdWithoutConfiguredPrefix_ThrowsNamingTheLine()
    {
        File.WriteAllText(_path, Header + "RQ1 1.java 0.5\nREQ2 1.java 0.5\n");
        var error = Assert.Throws<CometInputException>(() => TraceModelReader.Read(_path, EbtSource, EbtTarget));
        Assert.Contains(":8:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortHeader_Throws()
    {
        File.WriteAllText(_path, "# Trace Model\nRQ1 1.java 0.5\n");
        Assert.Throws<CometInputException>(() => TraceModelReader.Read(_path, EbtSource, EbtTarget));
    }

    [Fact]
    public void TryApply_SuffixAlternatives_StripsWhicheverEndsTheId()
    {
        var normalisation = new IdNormalisation(null, [".txt", ".TXT"]);
        Assert.Equal("UC56", normalisation.TryApply("UC56.TXT"));
        Assert.Equal("UC56", normalisation.TryApply("UC56.txt"));
        Assert.Null(normalisation.TryApply("UC56"));
    }
}
