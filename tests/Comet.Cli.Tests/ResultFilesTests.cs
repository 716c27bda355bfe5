using Comet.TestSupport;

namespace Comet.Cli.Tests;

/// <summary>
/// The committed results are the regression check (Anserini-style): every number is recomputed with
/// the command that produced it and must match the JSON in docs/results (AP, MAP and AUC within
/// 2e-6; a model run's Brier score and log loss within 1e-4). A number that moves on purpose is
/// re-committed with a line in docs/results/CHANGELOG.md.
/// </summary>
public class ResultFilesTests
{
    private static void AssertMatches(string file, params string[] evaluateArgs)
    {
        var args = new List<string> { "evaluate", "--all" };
        args.AddRange(evaluateArgs);
        args.AddRange(["--check", Path.Combine(RepoPaths.Root, "docs", "results", file), "--format", "json"]);
        var result = CliProcess.Run([.. args]);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("check: all results match", result.StdErr, StringComparison.Ordinal);
    }

    [BenchmarkFact]
    public void Evaluate_AllWithVsm_MatchesTheCommittedResults() =>
        AssertMatches("vsm.json", "--measures", "vsm");

    [BenchmarkFact]
    public void Evaluate_AllMeasures_MatchTheCommittedResults() =>
        AssertMatches("measures.json", "--measures", "vsm,lsi,js,lda,nmf,bm25,vsm+lda,js+lda,vsm+nmf,js+nmf,vsm+js");

    [BenchmarkFact]
    public void Evaluate_IdentifierAndFineGrainedMeasures_MatchTheCommittedResults() =>
        AssertMatches("evidence.json", "--measures", "ident,fine,vsm,bm25");

    [BenchmarkFact]
    public void Evaluate_LinkModelWithIdentifierAndFineGrainedEvidence_MatchesTheCommittedResults() =>
        AssertMatches("evidence-model.json", "--measures", "vsm,lsi,js,bm25,ident,fine", "--model", "hbn");

    [BenchmarkFact]
    public void Evaluate_LinkModelWithBiterms_MatchesTheCommittedResults() =>
        AssertMatches("biterm.json", "--measures", "vsm,lsi,js,bm25,biterm", "--model", "hbn");

    [BenchmarkFact]
    public void Evaluate_LinkModels_MatchTheCommittedResults() =>
        AssertMatches("model.json", "--measures", "vsm,lsi,js,bm25", "--model", "hbn,comet", "--transitive", "--feedback-fraction", "0.1");

    [BenchmarkFact]
    public void Evaluate_LinkModelWithAccurateFeedback_MatchesTheCommittedResults() =>
        AssertMatches("model-accurate-feedback.json", "--measures", "vsm,lsi,js,bm25", "--model", "hbn", "--feedback-fraction", "0.1", "--feedback-error", "0");
}
