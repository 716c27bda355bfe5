using System.Diagnostics;
using System.Globalization;
using System.Text;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Loading.Catalog;
using Comet.Pipeline.Protocols;
using Comet.Pipeline;
using Comet.Reporting.Html.Writing;
using Comet.Reporting.Results.Protocols;

namespace Comet.Cli.Commands;

/// <summary>
/// `comet evaluate --protocol random,review,active`: simulated reviewers answer on every chosen task,
/// and the table (or JSON, or an HTML page of learning curves) says what their answers taught the model
/// about the pairs nobody answered.
/// </summary>
internal static class ProtocolEvaluation
{
    public static int Run(
        TracePipeline pipeline, DatasetCatalog catalog, string dataRoot, IReadOnlyList<string> taskIds, ProtocolPlan plan,
        string format, string? reportPath, ProgressReporter progress, TimeProvider clock)
    {
        plan.Validate();
        var runner = new ProtocolRunner(pipeline, catalog, dataRoot, plan);
        var outcomes = new List<ProtocolOutcome>();
        var timer = Stopwatch.StartNew();
        progress.Line(string.Create(CultureInfo.InvariantCulture,
            $"protocols {string.Join(",", plan.Strategies)}; answers {string.Join(",", plan.Budgets)}; seeds {string.Join(",", plan.Seeds)}; wrong {string.Join(",", plan.ErrorRates.Select(e => e.ToString("0%", CultureInfo.InvariantCulture)))}; stated confidence {plan.AnswerConfidence.ToString(CultureInfo.InvariantCulture)}"));
        for (var i = 0; i < taskIds.Count; i++)
        {
            var taskTimer = Stopwatch.StartNew();
            var task = runner.Run(taskIds[i]);
            outcomes.AddRange(task);
            var largest = task.Where(o => o.Budget == plan.Budgets.Max()).ToArray();
            progress.Line(string.Create(CultureInfo.InvariantCulture,
                $"[{i + 1}/{taskIds.Count}] {taskIds[i]}: {taskTimer.Elapsed.TotalSeconds:0.0} s; at {plan.Budgets.Max()} answers unseen AP ")
                + string.Join(", ", largest.GroupBy(o => o.Strategy).Select(g => $"{g.Key} {ProtocolTable.Signed(g.Average(o => o.UnseenApChange), "0.000")}")));
        }

        var summaries = ProtocolSummary.Of(outcomes);
        Console.Out.Write(format switch
        {
            "json" => ProtocolJson.Write(outcomes, plan.AnswerConfidence) + Environment.NewLine,
            "markdown" => ProtocolTable.Markdown([.. summaries.Where(s => s.Budget > 0)]),
            _ => ProtocolTable.Text([.. summaries.Where(s => s.Budget > 0)]),
        });
        progress.Line(string.Create(CultureInfo.InvariantCulture, $"evaluated {taskIds.Count} tasks in {timer.Elapsed.TotalSeconds:0.0} s"));
        if (reportPath is not null)
        {
            var html = ProtocolReportWriter.Render(summaries, taskIds, clock.GetUtcNow());
            var bytes = OutputFile.Write(reportPath, stream => stream.Write(Encoding.UTF8.GetBytes(html)));
            progress.Line($"wrote {reportPath} ({bytes / 1024.0:0.0} KB)");
        }

        return ExitCodes.Success;
    }

    /// <summary>The plan from the command line; null parts keep the plan's defaults.</summary>
    public static ProtocolPlan Plan(string protocols, string? budgets, string? seeds, string? errors, double confidence)
    {
        var strategies = ListValue.Split(protocols).Select(s => s.ToLowerInvariant()).ToArray();
        var plan = new ProtocolPlan { Strategies = strategies.Contains("all") ? ProtocolPlan.StrategyNames : strategies, AnswerConfidence = confidence };
        if (budgets is not null)
        {
            plan = plan with { Budgets = Numbers(budgets, "--budgets", int.Parse) };
        }

        if (seeds is not null)
        {
            plan = plan with { Seeds = Numbers(seeds, "--seeds", int.Parse) };
        }

        if (errors is not null)
        {
            plan = plan with { ErrorRates = ErrorRates(errors) };
        }

        plan.Validate();
        return plan;
    }

    /// <summary>"0,0.25" -> [0, 0.25]: the share of answers that are wrong.</summary>
    public static double[] ErrorRates(string value) =>
        Numbers(value, "--feedback-error", (text, _, culture) => double.Parse(text, NumberStyles.Float, culture));

    private static T[] Numbers<T>(string value, string option, Func<string, NumberStyles, IFormatProvider, T> parse)
    {
        try
        {
            return [.. ListValue.Split(value).Select(v => parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))];
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new CometInputException($"{option} takes comma-separated numbers, got '{value}'");
        }
    }
}
