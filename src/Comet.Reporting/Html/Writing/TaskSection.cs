using System.Text;
using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>One task: counts, then per target group requirements, gaps and matrix, then the evaluation.</summary>
internal static class TaskSection
{
    public static string Id(int taskIndex) => "t" + HtmlText.I(taskIndex);

    public static string GroupId(int taskIndex, int groupIndex) => Id(taskIndex) + "-g" + HtmlText.I(groupIndex);

    public static void Write(StringBuilder html, TaskReport task, int taskIndex)
    {
        var id = Id(taskIndex);
        html.Append("<section class=\"task\" id=\"").Append(id).Append("\"><h2>").Append(HtmlText.E(task.TaskId)).Append("</h2>");
        foreach (var note in task.Notes)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.E(note)).Append("</p>");
        }

        WriteCards(html, task);
        for (var g = 0; g < task.Groups.Count; g++)
        {
            WriteGroup(html, task, task.Groups[g], GroupId(taskIndex, g));
        }

        if (task.Runs.Count > 0)
        {
            EvaluationSection.Write(html, task, id);
        }

        html.Append("</section>");
    }

    // The headline counts what the page lists: per requirement its best candidate, by bucket. It never
    // counts pairs above 0.7 alone, which on a project whose model is under-confident reads as "nothing
    // found" beside a list whose top candidates are right.
    private static void WriteCards(StringBuilder html, TaskReport task)
    {
        html.Append("<div class=\"cards\">").Append(Card(task.SourceCount, task.SourceName));
        foreach (var group in task.Groups)
        {
            var best = group.PerSource.GroupBy(s => s.Best).ToDictionary(g => g.Key, g => g.Count());
            var topTargets = group.PerSource.Where(s => s.Links.Count > 0).Select(s => s.Links[0].TargetId).ToHashSet(StringComparer.Ordinal);
            html.Append(Card(group.Targets.Count, group.Name))
                .Append(Card(best.GetValueOrDefault(LinkBucket.ProbablyLinked), $"{task.SourceName} whose best {group.Name} candidate is probably linked (>= {Thresholds.ProbablyLinked:0.0##})"))
                .Append(Card(best.GetValueOrDefault(LinkBucket.Unsure), $"{task.SourceName} whose best {group.Name} candidate is unsure ({Thresholds.Unsure:0.0##}-{Thresholds.ProbablyLinked:0.0##})"))
                .Append(best.TryGetValue(LinkBucket.NeedsReview, out var review) ? Card(review, $"{task.SourceName} whose best {group.Name} candidate needs review (the model cannot judge it before answers)") : string.Empty)
                .Append(Card(best.GetValueOrDefault(LinkBucket.ProbablyNot), $"{task.SourceName} whose best {group.Name} candidate is below {Thresholds.Unsure:0.0##}"))
                .Append(Card(group.Targets.Count - topTargets.Count, $"{group.Name} that no {Singular(task.SourceName)} ranks first"));
        }

        html.Append(task.Gold.Count > 0 ? Card(task.Gold.Count, "gold links") : string.Empty).Append("</div>");
        if (task.Groups.Any(g => g.LevelKind == LevelKind.Probability))
        {
            html.Append("<p class=\"note\">").Append(HtmlText.E(ProbabilityMeaning)).Append("</p>");
        }
    }

    private const string ProbabilityMeaning =
        "A probability is the link model's estimate that the pair is a trace link: a tempered posterior, right on average over "
        + "the benchmark projects but under-confident on small, clean projects (their right links often read 0.3-0.6). "
        + "Within a requirement, read the ranking first: its best candidates are listed first. "
        + "In an explanation, \"lexical\" is the word-based measures' consensus (their mean z-score), counted once beside the "
        + "embedding; each word-based measure's own term is what it adds beyond that consensus.";

    private static void WriteGroup(StringBuilder html, TaskReport task, TargetGroupReport group, string groupId)
    {
        html.Append("<section class=\"group\" id=\"").Append(groupId).Append("\"><h3>").Append(HtmlText.E(task.SourceName))
            .Append(" \u2192 ").Append(HtmlText.E(group.Name)).Append("</h3><p class=\"note\">").Append(HtmlText.E(LevelNote(group)))
            .Append("</p><h4>").Append(HtmlText.E(Capitalise(task.SourceName))).Append(" and their links</h4>");
        RequirementsSection.Write(html, group, groupId);
        html.Append("<h4>Gaps</h4>");
        GapsSection.Write(html, group, groupId, Capitalise(task.SourceName));
        html.Append("<h4>Traceability matrix</h4>");
        MatrixSection.WriteHtml(html, group, groupId);
        html.Append("</section>");
    }

    private static string LevelNote(TargetGroupReport group) => group.LevelKind == LevelKind.Probability
        ? $"Ranked by {group.RankedBy}; probabilities from {group.ModelName}. Buckets: {Thresholds.Describe()}; needs review: a requirement's best candidate while answers have not yet taught the model how many links there are."
        : $"Ranked by {group.RankedBy}. No model probabilities were given: the level is the {group.RankedBy} score min-max scaled over all pairs "
          + $"(an ordering, not a probability), and the buckets ({Thresholds.Describe()}) come from it.";

    // The report classifies with the default thresholds (LinkBuckets.Of); its prose reads them from there.
    private static BucketThresholds Thresholds => BucketThresholds.Default;

    private static string Card(int value, string label) =>
        $"<div class=\"card\"><b>{HtmlText.I(value)}</b><span>{HtmlText.E(label)}</span></div>";

    private static string Singular(string plural) => plural.EndsWith('s') ? plural[..^1] : plural;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
