using System.Text;
using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// One collapsible block per source (requirement): its text and its listed candidate links with
/// score per measure, probability or level, bucket, gold mark and explanation. Filter controls on top.
/// </summary>
internal static class RequirementsSection
{
    public static string DetailsId(string groupId, int sourceIndex) => $"{groupId}-r{sourceIndex}";

    public static void Write(StringBuilder html, TargetGroupReport group, string groupId)
    {
        html.Append("<div class=\"requirements\" id=\"").Append(groupId).Append("-requirements\"><div class=\"controls\">")
            .Append("<input type=\"search\" placeholder=\"Filter by id or text\" aria-label=\"Filter requirements\">")
            .Append("<select class=\"bucket\" aria-label=\"Filter by best link\">")
            .Append("<option value=\"all\">all requirements</option><option value=\"probable\">with a probable link</option>")
            .Append("<option value=\"unsure\">best link unsure</option><option value=\"review\">best link needs review</option>")
            .Append("<option value=\"gap\">gaps: best link probably not</option>")
            .Append("<option value=\"open\">no probable link yet</option></select>")
            .Append("<button type=\"button\" data-action=\"expand\">Expand all</button><button type=\"button\" data-action=\"collapse\">Collapse all</button>")
            .Append("<span class=\"count\"></span></div><div class=\"list\">");
        for (var i = 0; i < group.PerSource.Count; i++)
        {
            WriteSource(html, group, group.PerSource[i], DetailsId(groupId, i));
        }

        html.Append("</div></div>");
    }

    private static void WriteSource(StringBuilder html, TargetGroupReport group, SourceLinks entry, string id)
    {
        var source = entry.Source;
        var search = (source.Id + " " + source.Text).ToLowerInvariant();
        var probable = entry.Links.Count(l => l.Bucket == LinkBucket.ProbablyLinked);
        html.Append("<details class=\"req\" id=\"").Append(id).Append("\" data-bucket=\"").Append(entry.Best.Slug())
            .Append("\" data-search=\"").Append(HtmlText.E(search)).Append("\"><summary><span class=\"rid\">").Append(HtmlText.E(source.Id))
            .Append("</span>").Append(Badge(entry.Best))
            .Append("<span class=\"rtitle\">").Append(HtmlText.E(HtmlText.FirstLine(source.Text))).Append("</span><span class=\"count\">")
            .Append(HtmlText.I(probable)).Append(" probable");
        if (group.HasGold)
        {
            html.Append(", ").Append(HtmlText.I(entry.GoldCount)).Append(" gold");
        }

        html.Append("</span></summary><div class=\"body\"><p class=\"text\">").Append(HtmlText.E(Shorten(source.Text))).Append("</p>");
        WriteLinks(html, group, entry);
        html.Append("</div></details>");
    }

    private static void WriteLinks(StringBuilder html, TargetGroupReport group, SourceLinks entry)
    {
        var levelHeader = group.LevelKind == LevelKind.Probability ? "probability" : "level (scaled score)";
        html.Append("<table class=\"links\"><thead><tr><th class=\"num\">#</th><th>").Append(HtmlText.E(group.Name))
            .Append("</th><th>bucket</th><th class=\"num\">").Append(levelHeader).Append("</th>");
        foreach (var measure in group.MeasureNames)
        {
            html.Append("<th class=\"num\">").Append(HtmlText.E(measure)).Append("</th>");
        }

        html.Append(group.HasGold ? "<th>gold</th>" : string.Empty).Append("<th>explanation</th></tr></thead><tbody>");
        foreach (var link in entry.Links)
        {
            var target = group.Targets.Find(link.TargetId);
            html.Append("<tr data-bucket=\"").Append(link.Bucket.Slug()).Append("\"><td class=\"num\">").Append(HtmlText.I(link.Rank))
                .Append("</td><td title=\"").Append(HtmlText.E(target?.OriginPath)).Append("\">").Append(HtmlText.E(link.TargetId))
                .Append("</td><td>").Append(Badge(link.Bucket)).Append("</td><td class=\"num\">").Append(HtmlText.N(link.Level)).Append("</td>");
            foreach (var score in link.MeasureScores)
            {
                html.Append("<td class=\"num\">").Append(HtmlText.N(score)).Append("</td>");
            }

            if (group.HasGold)
            {
                html.Append("<td>").Append(link.IsGold == true ? "<span class=\"badge gold\">gold</span>" : string.Empty).Append("</td>");
            }

            html.Append("<td class=\"why\">").Append(HtmlText.E(link.Explanation)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    internal static string Badge(LinkBucket bucket) => $"<span class=\"badge {bucket.Slug()}\">{bucket.Label()}</span>";

    // Requirements are short; a long artifact (a whole document) is cut so the page stays light.
    private static string Shorten(string text) => text.Length <= 1200 ? text.Trim() : string.Concat(text.AsSpan(0, 1199), "\u2026");
}
