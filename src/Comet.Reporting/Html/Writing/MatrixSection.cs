using System.Text;
using System.Text.Json;
using Comet.Core.Artifacts;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// The heat-map traceability matrix of one target group: sort controls and an empty canvas in the
/// page, the cells as compact data for <c>cometMatrix</c> (see Assets/matrix.js).
/// </summary>
internal static class MatrixSection
{
    /// <summary>Widest the grid aims to be before it scrolls, in CSS pixels.</summary>
    private const int TargetWidth = 1000;

    public static void WriteHtml(StringBuilder html, TargetGroupReport group, string groupId)
    {
        var (cw, ch) = CellSize(group.PerSource.Count, group.Targets.Count);
        var levelName = group.LevelKind == LevelKind.Probability ? "probability" : "scaled score";
        html.Append("<div class=\"matrix\" id=\"").Append(groupId).Append("-matrix\" data-rows-sort=\"id\" data-cols-sort=\"id\">");
        html.Append("<div class=\"controls\"><span>Rows:</span>")
            .Append(SortButton("rows", "id", "id", pressed: true)).Append(SortButton("rows", "best", "best " + levelName));
        if (group.HasGold)
        {
            html.Append(SortButton("rows", "gold", "gold links"));
        }

        html.Append("<span>Columns:</span>")
            .Append(SortButton("cols", "id", "id", pressed: true)).Append(SortButton("cols", "best", "best " + levelName))
            .Append(SortButton("cols", "linked", "probable links"))
            .Append("<span class=\"note\">Click a row label to sort the columns by it")
            .Append(cw >= 12 ? ", a column label to sort the rows" : string.Empty)
            .Append("; click a cell to open its requirement.</span></div>");
        html.Append("<p class=\"note\">").Append(HtmlText.E(levelName)).Append(" 0 <span class=\"legendbar\"></span> 1");
        if (group.HasGold)
        {
            html.Append(" &nbsp; <span class=\"golddot\"></span> gold link");
        }

        html.Append(" &nbsp; ").Append(HtmlText.I(group.PerSource.Count)).Append(" \u00d7 ").Append(HtmlText.I(group.Targets.Count)).Append(" cells</p>");
        html.Append("<div class=\"scroll\"><div class=\"grid\">");
        if (cw >= 12)
        {
            html.Append(ch >= 12 ? "<div></div>" : string.Empty).Append("<div class=\"collabels\"></div>");
        }

        html.Append(ch >= 12 ? "<div class=\"rowlabels\"></div>" : string.Empty)
            .Append("<canvas aria-label=\"Traceability matrix, ").Append(levelName).Append(" per pair\"></canvas></div></div>");
        html.Append("<div class=\"tip\" role=\"status\"></div></div>");
    }

    public static void WriteData(Utf8JsonWriter json, TargetGroupReport group, string groupId)
    {
        var rows = group.PerSource.Count;
        var columns = group.Targets.Count;
        var (cw, ch) = CellSize(rows, columns);
        json.WriteStartObject();
        json.WriteString("id", groupId + "-matrix");
        json.WriteNumber("cw", cw);
        json.WriteNumber("ch", ch);
        json.WriteString("levelName", group.LevelKind == LevelKind.Probability ? "probability" : "scaled score");
        WriteStrings(json, "rows", group.PerSource.Select(s => s.Source.Id));
        WriteStrings(json, "cols", group.Targets.Select(t => t.Id));
        WriteStrings(json, "details", group.PerSource.Select((_, i) => RequirementsSection.DetailsId(groupId, i)));
        json.WriteBase64String("levels", Quantise(group.Levels));
        json.WriteStartArray("gold");
        var columnOf = IdPositions.Of([.. group.Targets.Select(t => t.Id)], "The report group");
        for (var i = 0; i < rows; i++)
        {
            foreach (var target in group.Gold.TargetsOf(group.PerSource[i].Source.Id).Order(StringComparer.Ordinal))
            {
                if (columnOf.TryGetValue(target, out var j))
                {
                    json.WriteNumberValue((i * columns) + j);
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Cell width and height in CSS pixels: labels need 12 px; big matrices get thin cells and scroll.</summary>
    internal static (int Width, int Height) CellSize(int rows, int columns)
    {
        var height = rows <= 40 ? 18 : rows <= 400 ? 12 : 3;
        var width = Math.Clamp(TargetWidth / Math.Max(columns, 1), 2, 36);
        return (width, height);
    }

    // One byte per cell: 0..250 is the level in steps of 0.004 (finer than any colour shows); 255 = no value.
    internal static byte[] Quantise(IReadOnlyList<double> levels) =>
        [.. levels.Select(l => double.IsFinite(l) ? (byte)Math.Round(Math.Clamp(l, 0, 1) * 250) : (byte)255)];

    private static string SortButton(string axis, string key, string text, bool pressed = false) =>
        $"<button type=\"button\" class=\"sort\" data-axis=\"{axis}\" data-key=\"{key}\" aria-pressed=\"{(pressed ? "true" : "false")}\">{HtmlText.E(text)}</button>";

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
