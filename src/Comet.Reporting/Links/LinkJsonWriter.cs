using System.Text.Json;

namespace Comet.Reporting.Links;

/// <summary>JSON of a <see cref="LinkTable"/>: {"task", "measures", "links": [{rank, source, target, score, scores{}}]}.</summary>
public static class LinkJsonWriter
{
    public static void Write(Stream stream, string taskId, LinkTable table, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("task", taskId);
        json.WriteStartArray("measures");
        foreach (var name in table.MeasureNames)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        var rank = 0;
        foreach (var link in LinkCsvWriter.Take(table.Ranking, top))
        {
            json.WriteStartObject();
            json.WriteNumber("rank", ++rank);
            json.WriteString("source", link.SourceId);
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

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // JSON has no NaN; a missing score is written as null.
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
