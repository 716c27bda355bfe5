using System.Text.Json;

namespace Comet.Reporting.Links;

/// <summary>
/// JSON of link views: {"task", "measures", "top_per_source", "links": [{view, source, rank, target, score,
/// [probability, probability_sd, bucket, explanation,] scores{}}]}; rank counts within the source.
/// </summary>
public static class LinkJsonWriter
{
    public static void Write(Stream stream, string taskId, IReadOnlyList<LinkView> views)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(views);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("task", taskId);
        json.WriteStartArray("measures");
        foreach (var name in views.Count > 0 ? views[0].Table.MeasureNames : [])
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        if (views.Count > 0 && views[0].TopPerSource is { } top)
        {
            json.WriteNumber("top_per_source", top);
        }

        json.WriteStartArray("links");
        foreach (var view in views)
        {
            foreach (var row in view.Rows)
            {
                WriteRow(json, view.Table, row);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, LinkTable table, LinkRow row)
    {
        var link = row.Link;
        json.WriteStartObject();
        json.WriteString("view", row.View);
        json.WriteString("source", link.SourceId);
        json.WriteNumber("rank", row.RankInSource);
        json.WriteString("target", link.TargetId);
        WriteNumber(json, "score", link.Score);
        if (table.Details?.Invoke(link) is { } detail)
        {
            WriteNumber(json, "probability", detail.Probability);
            WriteNumber(json, "probability_sd", detail.ProbabilitySd);
            json.WriteString("bucket", detail.Bucket);
            json.WriteString("explanation", detail.Explanation);
        }

        json.WriteStartObject("scores");
        foreach (var name in table.MeasureNames)
        {
            WriteNumber(json, name, table.ScoreOf(name, link));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // JSON has no NaN; a missing score is written as null. Full precision here: JSON is for programs.
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
