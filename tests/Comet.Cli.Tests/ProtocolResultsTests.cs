using System.Text.Json.Nodes;
using Comet.TestSupport;

namespace Comet.Cli.Tests;

/// <summary>
/// docs/results/protocols.json (what simulated reviewers' answers teach the model, every benchmark
/// task) takes about an hour to recompute, too long for CI; so one task's rows are recomputed with the
/// command that wrote the file and must match it. A change in the answer learner, the review queue or
/// the simulated reviewer moves them, and the file is then regenerated with a line in CHANGELOG.md.
/// protocols-verdicts.json is the same run with the answers stated as verdicts (--answer-confidence 1).
/// </summary>
public class ProtocolResultsTests
{
    private const string Task = "EasyClinic/UC-TC";

    [BenchmarkTheory]
    [InlineData("protocols.json", "0.9")]
    [InlineData("protocols-verdicts.json", "1")]
    public void Protocols_OnOneTask_MatchTheCommittedResults(string file, string confidence)
    {
        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "results", file)))!;
        Assert.Equal(double.Parse(confidence, System.Globalization.CultureInfo.InvariantCulture), committed["answerConfidence"]!.GetValue<double>());
        var expected = committed["tasks"]!.AsArray().Where(r => r!["task"]!.GetValue<string>() == Task).ToArray();
        Assert.NotEmpty(expected);

        var result = CliProcess.Run("evaluate", "--dataset", Task, "--measures", "vsm,lsi,js,bm25", "--protocol", "all", "--answer-confidence", confidence, "--format", "json", "--quiet");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var fresh = JsonNode.Parse(result.StdOut)!["tasks"]!.AsArray()
            .ToDictionary(r => Key(r!), r => r!);
        Assert.Equal(expected.Length, fresh.Count);
        foreach (var row in expected)
        {
            var now = fresh[Key(row!)];
            foreach (var field in new[] { "answers", "unseenApChange", "ece", "brierSkill", "priorBrierSkill", "expectedLinks" })
            {
                var (was, @is) = (row![field]!.GetValue<double>(), now[field]!.GetValue<double>());
                Assert.True(
                    Math.Abs(was - @is) <= 2e-6 || (double.IsNaN(was) && double.IsNaN(@is)),
                    $"{Key(row)} {field}: committed {row[field]}, now {now[field]}");
            }
        }
    }

    private static string Key(JsonNode row) =>
        $"{row["strategy"]} {row["errorRate"]} {row["budget"]}";
}
