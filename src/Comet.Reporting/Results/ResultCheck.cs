using System.Globalization;
using System.Text.Json.Nodes;

namespace Comet.Reporting.Results;

/// <summary>
/// Compares fresh evaluation rows with a committed results file (the output of <see cref="ResultJson"/>),
/// Anserini-style: every expected (dataset, run) must be present and its AP, MAP and AUC must agree
/// within <see cref="Tolerance"/>; a model run's Brier score and log loss, where the file has them,
/// within <see cref="ProbabilityTolerance"/>. A number that moves on purpose is re-committed with a
/// line in docs/results/CHANGELOG.md.
/// </summary>
public static class ResultCheck
{
    /// <summary>Absolute tolerance: results are written with 6 decimals and our measures are deterministic.</summary>
    public const double Tolerance = 2e-6;

    /// <summary>
    /// Absolute tolerance of the probability scores: rankings survive the last bits of the fit's
    /// floating point (which vary with the machine's vector width), probabilities move with them; a
    /// change of the model moves these scores by far more (the reported posterior moved Brier by 0.03).
    /// </summary>
    public const double ProbabilityTolerance = 1e-4;

    private static readonly string[] Metrics = ["ap", "map", "auc"];

    // Ranking-free and smooth in every probability; ECE and F1 at a threshold jump when one pair crosses a bin edge.
    private static readonly string[] ProbabilityMetrics = ["brier", "log_loss"];

    /// <summary>Differences, one line each; empty when everything matches.</summary>
    public static IReadOnlyList<string> Compare(string expectedJson, IEnumerable<EvaluationRow> actualRows)
    {
        ArgumentNullException.ThrowIfNull(expectedJson);
        ArgumentNullException.ThrowIfNull(actualRows);
        var actual = JsonNode.Parse(ResultJson.Write(actualRows))!.AsArray()
            .ToDictionary(n => Key(n!), n => n!, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var expected in JsonNode.Parse(expectedJson)!.AsArray())
        {
            var key = Key(expected!);
            if (!actual.TryGetValue(key, out var row))
            {
                problems.Add($"{key}: expected in the results file, not produced");
                continue;
            }

            foreach (var metric in Metrics)
            {
                CompareOne(key, metric, expected!, row, Tolerance, problems);
            }

            foreach (var metric in ProbabilityMetrics.Where(m => expected![m] is not null))
            {
                CompareOne(key, metric, expected!, row, ProbabilityTolerance, problems);
            }
        }

        return problems;
    }

    private static void CompareOne(string key, string metric, JsonNode expected, JsonNode row, double tolerance, List<string> problems)
    {
        var want = expected[metric]!.GetValue<double>();
        if (row[metric] is not { } value)
        {
            problems.Add($"{key}: {metric} expected, not produced");
            return;
        }

        var got = value.GetValue<double>();
        if (Math.Abs(want - got) > tolerance)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {metric} {got:0.000000} != expected {want:0.000000}"));
        }
    }

    private static string Key(JsonNode node) => $"{node["dataset"]!.GetValue<string>()} / {node["run"]!.GetValue<string>()}";
}
