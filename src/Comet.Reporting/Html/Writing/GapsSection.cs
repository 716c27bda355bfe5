using System.Text;
using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// The two gap lists of a target group: sources whose best link is "probably not", and targets no source
/// links to with at least "unsure" or "needs review". A best link that needs review is an open question,
/// not a gap (the service and the Jenkins gate count gaps the same way).
/// </summary>
internal static class GapsSection
{
    public static void Write(StringBuilder html, TargetGroupReport group, string groupId, string sourceSetName)
    {
        var sources = group.PerSource.Select((s, i) => (s, i)).Where(p => LinkBuckets.IsGap(p.s.Best)).ToArray();
        html.Append("<div class=\"gaps\" id=\"").Append(groupId).Append("-gaps\"><div><h4>")
            .Append(HtmlText.E(sourceSetName)).Append(" whose best link is probably not (").Append(HtmlText.I(sources.Length)).Append(")</h4><ul>");
        foreach (var (entry, index) in sources)
        {
            html.Append("<li><a href=\"#").Append(RequirementsSection.DetailsId(groupId, index)).Append("\">").Append(HtmlText.E(entry.Source.Id))
                .Append("</a> ").Append(RequirementsSection.Badge(entry.Best)).Append(' ')
                .Append(HtmlText.E(HtmlText.FirstLine(entry.Source.Text, 80))).Append("</li>");
        }

        html.Append(sources.Length == 0 ? "<li>none</li>" : string.Empty).Append("</ul></div><div><h4>")
            .Append(HtmlText.E(group.Name)).Append(" no source links to, even as unsure or needs review (").Append(HtmlText.I(group.UnlinkedTargets.Count)).Append(")</h4><ul>");
        foreach (var target in group.UnlinkedTargets)
        {
            html.Append("<li title=\"").Append(HtmlText.E(target.OriginPath)).Append("\">").Append(HtmlText.E(target.Id)).Append("</li>");
        }

        html.Append(group.UnlinkedTargets.Count == 0 ? "<li>none</li>" : string.Empty).Append("</ul></div></div>");
    }
}
