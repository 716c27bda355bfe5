using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comet.Reporting.Results;

/// <summary>
/// Evaluation rows as JSON: an array of objects with dataset, run, ap, map, auc, p@k/r@k, the
/// threshold block when one was set, counts and seconds. The same shape is read back by
/// <see cref="ResultCheck"/>, so the committed results files are this writer's output.
/// </summary>
public static class ResultJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(IEnumerable<EvaluationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var array = new JsonArray();
        foreach (var row in rows)
        {
            array.Add(ToNode(row));
        }

        return array.ToJsonString(Indented);
    }

    private static JsonObject ToNode(EvaluationRow row)
    {
        var m = row.Metrics;
        var node = new JsonObject
        {
            ["dataset"] = row.Dataset,
            ["run"] = row.Run,
            ["ap"] = Round(m.AveragePrecision),
            ["map"] = Round(m.MeanAveragePrecision),
            ["auc"] = Round(m.Auc),
            ["p@1"] = Round(m.PrecisionAt.At1),
            ["p@5"] = Round(m.PrecisionAt.At5),
            ["p@10"] = Round(m.PrecisionAt.At10),
            ["r@1"] = Round(m.RecallAt.At1),
            ["r@5"] = Round(m.RecallAt.At5),
            ["r@10"] = Round(m.RecallAt.At10),
            ["gold"] = m.GoldLinks,
            ["linked_sources"] = m.LinkedSources,
            ["candidates"] = m.CandidatePairs,
            ["seconds"] = Math.Round(row.Seconds, 3),
        };
        if (row.Reliability is { } bins)
        {
            node["ece"] = Round(ReliabilityBin.ExpectedCalibrationError(bins));
            node["reliability"] = new JsonArray([.. bins.Select(b => (JsonNode)new JsonArray(b.Pairs, Round0(b.MeanPredicted), Round0(b.ObservedFrequency)))]);
        }

        if (row.Scores is { } scores)
        {
            node["brier"] = Round(scores.Brier);
            node["log_loss"] = Round(scores.LogLoss);
            node["brier_skill"] = Round(scores.BrierSkill);
        }

        if (m.Threshold is { } t)
        {
            node["threshold"] = new JsonObject
            {
                ["rule"] = t.Rule,
                ["precision"] = Round(t.Precision),
                ["recall"] = Round(t.Recall),
                ["f1"] = Round(t.F1),
                ["f2"] = Round(t.F2),
            };
        }

        return node;
    }

    // Six decimals: far below any difference that matters, and stable across machines.
    private static double Round(double value) => Math.Round(value, 6);

    // An empty reliability bin has no mean: written as 0 beside its pair count of 0 (JSON has no NaN).
    private static double Round0(double value) => double.IsNaN(value) ? 0 : Round(value);
}
