using System.Globalization;
using System.Text.Json.Nodes;

namespace Comet.Reporting.Results;

/// <summary>
/// Compares fresh evaluation rows with a committed results file (the output of <see cref="ResultJson"/>),
/// Anserini-style: every expected (dataset, run) must be present and its AP, MAP and AUC must agree
/// within <see cref="Tolerance"/>. A number that moves on purpose is re-committed with a line in
/// datasets/results/CHANGELOG.md.
/// </summary>
public static class ResultCheck
{
    /// <summary>Absolute tolerance: results are written with 6 decimals and our measures are deterministic.</summary>
    public const double Tolerance = 2e-6;

    private static readonly string[] Metrics = ["ap", "map", "auc"];

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
                var want = expected![metric]!.GetValue<double>();
                var got = row[metric]!.GetValue<double>();
                if (Math.Abs(want - got) > Tolerance)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}: {metric} {got:0.000000} != expected {want:0.000000}"));
                }
            }
        }

        return problems;
    }

    private static string Key(JsonNode node) => $"{node["dataset"]!.GetValue<string>()} / {node["run"]!.GetValue<string>()}";
}
