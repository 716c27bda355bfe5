using System.Text.Json.Nodes;
using Comet.TestSupport;

namespace Comet.Cli.Tests;

public class EvaluateCommandTests
{
    [BenchmarkFact]
    public void Evaluate_LibEstJson_HasEveryRequiredFieldAndTheCometRow()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "LibEST/req-code", "--format", "json", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonNode.Parse(result.StdOut)!.AsArray();
        Assert.Contains(rows, r => r!["run"]!.GetValue<string>() == "vsm");
        Assert.Contains(rows, r => r!["run"]!.GetValue<string>() == "COMET (original)");
        foreach (var row in rows)
        {
            foreach (var field in new[] { "dataset", "run", "ap", "map", "auc", "seconds" })
            {
                Assert.NotNull(row![field]);
            }

            Assert.InRange(row!["ap"]!.GetValue<double>(), 0.0, 1.0);
        }
    }

    [BenchmarkFact]
    public void Evaluate_Threshold_AddsPrecisionRecallAndF1()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "EBT/req-code", "--format", "json", "--threshold", "0.2", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var threshold = JsonNode.Parse(result.StdOut)!.AsArray()[0]!["threshold"]!;
        Assert.Equal("score >= 0.2", threshold["rule"]!.GetValue<string>());
        Assert.InRange(threshold["f1"]!.GetValue<double>(), 0.0, 1.0);
    }

    [BenchmarkFact]
    public void Evaluate_ModelsWithFeedbackAndPaths_AddModelRowsWithCalibration()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "LibEST/req-code", "--measures", "vsm,lsi", "--model", "hbn,comet",
            "--transitive", "--feedback-fraction", "0.1", "--format", "json", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonNode.Parse(result.StdOut)!.AsArray().ToDictionary(r => r!["run"]!.GetValue<string>(), r => r!);
        foreach (var run in new[] { "model hbn", "model hbn +paths", "model hbn +feedback", "model hbn +feedback (unseen)", "model hbn (unseen)", "model comet" })
        {
            Assert.True(rows.ContainsKey(run), $"missing row '{run}'");
        }

        Assert.Equal("score >= 0.5", rows["model hbn"]["threshold"]!["rule"]!.GetValue<string>());
        Assert.InRange(rows["model hbn"]["ece"]!.GetValue<double>(), 0.0, 1.0);
    }

    [Fact]
    public void Evaluate_FeedbackWithoutModel_FailsWithOneLine()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "EBT/req-code", "--feedback-fraction", "0.1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--model", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReportIntoMissingFolder_FailsBeforeEvaluating()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "LibEST/req-code", "--report", "/nonexistent-comet-folder/r.html");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("comet: error: --report: output folder does not exist: /nonexistent-comet-folder", result.StdErr.Trim());
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public void Evaluate_UnknownDataset_FailsListingKnownIds()
    {
        var result = CliProcess.Run("evaluate", "--dataset", "NoSuchSet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'NoSuchSet'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("LibEST/req-code", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NeitherDatasetNorAll_FailsWithUsageLine()
    {
        var result = CliProcess.Run("evaluate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--dataset", result.StdErr, StringComparison.Ordinal);
    }

    // Checked by EvaluateRequest before the data folder is looked up: one line, exit 2, nothing on stdout,
    // whether or not the benchmarks are on this machine (the data folder named here does not exist).
    [Theory]
    [InlineData("--format", "xml", "--format must be table, markdown or json, got 'xml'")]
    [InlineData("--check", "/nonexistent-comet-folder/results.json", "results file not found: /nonexistent-comet-folder/results.json")]
    [InlineData("--transitive", null, "--feedback-fraction, --transitive and --structure need a model (--model hbn)")]
    [InlineData("--structure", null, "--feedback-fraction, --transitive and --structure need a model (--model hbn)")]
    [InlineData("--seeds", "1,2", "--budgets and --seeds go with --protocol")]
    public void Evaluate_BadOption_FailsWithOneLineBeforeReadingData(string option, string? value, string message)
    {
        var args = new List<string> { "evaluate", "--dataset", "LibEST/req-code", "--data", "/nonexistent-comet-data", "--model", "none", option };
        if (value is not null)
        {
            args.Add(value);
        }

        var result = CliProcess.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("comet: error: " + message, result.StdErr.Trim());
        Assert.Empty(result.StdOut);
    }

    [BenchmarkFact]
    public void Evaluate_Trec_WritesRunAndQrelsFiles()
    {
        var dir = Directory.CreateTempSubdirectory("comet-trec-");
        try
        {
            var result = CliProcess.Run("evaluate", "--dataset", "EBT/req-test", "--trec", dir.FullName, "--quiet");
            Assert.Equal(0, result.ExitCode);
            var qrels = File.ReadAllLines(Path.Combine(dir.FullName, "EBT_req-test.qrels"));
            Assert.Equal(51, qrels.Length);
            var run = File.ReadAllLines(Path.Combine(dir.FullName, "EBT_req-test.vsm.run"));
            Assert.Equal(41 * 25, run.Length);
            Assert.Matches(@"^\S+ Q0 \S+ 1 \S+ vsm$", run[0]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
