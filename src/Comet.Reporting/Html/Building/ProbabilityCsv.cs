using System.Globalization;
using Comet.Core;
using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Building;

/// <summary>
/// Reads link probabilities from CSV: header <c>source,target,probability[,explanation]</c>, one pair
/// per line, fields quoted as in RFC 4180 when they hold commas or quotes. Probabilities must lie in
/// 0..1 (invariant culture). A bad line is a <see cref="CometInputException"/> naming file and line.
/// </summary>
public static class ProbabilityCsv
{
    public static ProbabilityTable Read(string path, string modelName)
    {
        if (!File.Exists(path))
        {
            throw new CometInputException($"probabilities file not found: {path}");
        }

        var entries = new Dictionary<TraceLink, (double, string?)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (fields.Count < 3 || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p is < 0 or > 1)
            {
                throw new CometInputException($"{path}:{lineNumber}: expected source,target,probability (0..1)[,explanation]");
            }

            entries[new TraceLink(fields[0], fields[1])] = (p, fields.Count > 3 && fields[3].Length > 0 ? fields[3] : null);
        }

        return new ProbabilityTable(modelName, entries);
    }

    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
