using System.Text.Json.Nodes;
using Comet.TestSupport;

namespace Comet.Cli.Tests;

/// <summary>`comet evaluate --protocol`: simulated reviewers, scored on the pairs nobody answered.</summary>
public class EvaluateProtocolTests
{
    [BenchmarkFact]
    public void Protocols_OnEasyClinic_WriteSummariesTasksAndLearningCurves()
    {
        var dir = Directory.CreateTempSubdirectory("comet-protocol-");
        try
        {
            var report = Path.Combine(dir.FullName, "curves.html");
            var result = CliProcess.Run("evaluate", "--dataset", "EasyClinic/UC-TC", "--measures", "vsm,lsi,js,bm25", "--protocol", "all",
                "--budgets", "20,100", "--seeds", "42", "--feedback-error", "0", "--format", "json", "--report", report);

            Assert.Equal(0, result.ExitCode);
            var json = JsonNode.Parse(result.StdOut)!;
            var summaries = json["summaries"]!.AsArray();

            // Three strategies x (no answers + two budgets), one error rate.
            Assert.Equal(9, summaries.Count);
            foreach (var none in summaries.Where(s => s!["budget"]!.GetValue<int>() == 0))
            {
                Assert.Equal(0.0, none!["unseenApChange"]!.GetValue<double>());
                Assert.Equal(0.0, none["unreviewedMapChange"]!.GetValue<double>());
            }

            // 20 answers by the top-down reviewer leave most requirements unreviewed: their own rankings
            // (MAP) are scored beside their pairs ranked together (AP), each a change against no answers.
            var review = summaries.Single(s => s!["strategy"]!.GetValue<string>() == "review" && s["budget"]!.GetValue<int>() == 20)!;
            Assert.InRange(review["unreviewedMapChange"]!.GetValue<double>(), -1.0, 1.0);
            Assert.NotEqual(review["unreviewedMapChange"]!.GetValue<double>(), review["unreviewedApChange"]!.GetValue<double>());

            // Measured on this task: 100 accurate answers chosen by the model lift the unanswered
            // pairs' AP by about +0.29 (seed 42); anything not clearly positive is a regression.
            var active = summaries.Single(s => s!["strategy"]!.GetValue<string>() == "active" && s["budget"]!.GetValue<int>() == 100)!;
            Assert.True(active["unseenApChange"]!.GetValue<double>() > 0.1, active.ToJsonString());
            Assert.InRange(active["ece"]!.GetValue<double>(), 0.0, 0.2);
            Assert.Equal(100.0, active["meanAnswers"]!.GetValue<double>());

            var tasks = json["tasks"]!.AsArray();
            Assert.All(tasks, t => Assert.Equal("EasyClinic/UC-TC", t!["task"]!.GetValue<string>()));
            Assert.All(tasks, t => Assert.Equal(63, t!["trueLinks"]!.GetValue<int>()));

            var html = File.ReadAllText(report);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.Contains("AP change on unanswered pairs", html, StringComparison.Ordinal);
            Assert.Contains("ECE of unanswered pairs", html, StringComparison.Ordinal);
            Assert.Contains("<td>active</td>", html, StringComparison.Ordinal);
            Assert.Contains("<th>unreviewed MAP</th>", html, StringComparison.Ordinal);
            Assert.Contains("[1/1] EasyClinic/UC-TC", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Protocols_WithTheSameSeed_GiveTheSameNumbers()
    {
        string Run() => CliProcess.Run("evaluate", "--dataset", "EasyClinic/UC-ID", "--measures", "vsm,bm25", "--protocol", "random,active",
            "--budgets", "20", "--seeds", "7", "--feedback-error", "0.25", "--format", "json", "--quiet").StdOut;

        Assert.Equal(Run(), Run());
    }

    [BenchmarkFact]
    public void AnswerConfidence_IsWrittenWithTheResults_AndChangesWhatAnswersSay()
    {
        JsonNode Run(string confidence) => JsonNode.Parse(CliProcess.Run("evaluate", "--dataset", "EasyClinic/UC-TC", "--measures", "vsm,lsi,js,bm25",
            "--protocol", "random", "--budgets", "50", "--seeds", "42", "--feedback-error", "0", "--answer-confidence", confidence, "--format", "json", "--quiet").StdOut)!;

        var (protocol, verdicts) = (Run("0.9"), Run("1"));

        Assert.Equal(0.9, protocol["answerConfidence"]!.GetValue<double>());
        Assert.Equal(1.0, verdicts["answerConfidence"]!.GetValue<double>());
        double Change(JsonNode json) => json["summaries"]!.AsArray().Single(s => s!["budget"]!.GetValue<int>() == 50)!["unseenApChange"]!.GetValue<double>();

        // The same 50 pairs answered the same way, read as 9:1 votes or as verdicts: the model must hear the difference.
        Assert.NotEqual(Change(protocol), Change(verdicts));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1.2")]
    [InlineData("NaN")]
    public void AnswerConfidence_OutsideItsRange_FailsWithOneLine(string value)
    {
        var result = CliProcess.Run("evaluate", "--dataset", "EasyClinic/UC-ID", "--protocol", "random", "--answer-confidence", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("answer confidence must be above 0.5 and at most 1", result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--protocol", "sideways", "unknown protocol 'sideways'")]
    [InlineData("--answer-confidence", "1", "--answer-confidence goes with --feedback-fraction or --protocol")]
    [InlineData("--budgets", "20", "--budgets and --seeds go with --protocol")]
    [InlineData("--feedback-error", "0,0.25", "--feedback-fraction takes one --feedback-error value")]
    public void BadProtocolOptions_FailWithOneLine(string option, string value, string message)
    {
        var args = new List<string> { "evaluate", "--dataset", "EasyClinic/UC-ID", option, value };
        if (option == "--feedback-error")
        {
            args.AddRange(["--model", "hbn", "--feedback-fraction", "0.1"]);
        }

        var result = CliProcess.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Trim().Split('\n'));
    }

    [Fact]
    public void ProtocolWithMetricOptions_IsRefused()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "EasyClinic/UC-ID", "--protocol", "active", "--threshold", "0.5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--protocol runs simulated reviewers", result.StdErr, StringComparison.Ordinal);
    }
}
