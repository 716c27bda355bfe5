using System.Globalization;
using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Building;

/// <summary>
/// Turns one trace run (ranking, measure matrices, optional probabilities, optional gold) into the
/// report's view of it: links per source with buckets, gaps, and the heat-map levels. Linear in the
/// number of pairs, plus a row scan per listed link for its per-measure ranks.
/// </summary>
public static class TargetGroupBuilder
{
    public static TargetGroupReport Build(TargetGroupInput input, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ReportOptions();
        options.Validate();
        var levels = new LevelGrid(input);
        var measures = input.ScoresByMeasure.Select(kv => new MeasureLookup(kv.Key, kv.Value)).ToArray();
        var bySource = input.Ranking.BySource();
        var perSource = new List<SourceLinks>(input.Sources.Count);
        foreach (var source in input.Sources)
        {
            var candidates = bySource.TryGetValue(source.Id, out var ranked) ? ranked : [];
            perSource.Add(ForSource(source, candidates, input, levels, measures, options));
        }

        // Targets some source links to with at least "unsure" or "needs review" (every such link is listed,
        // up to the per-source cap); the rest are the targets' gaps.
        var reached = perSource.SelectMany(s => s.Links).Where(l => l.Bucket != LinkBucket.ProbablyNot).Select(l => l.TargetId).ToHashSet(StringComparer.Ordinal);
        return new TargetGroupReport(
            input.Name,
            input.RankedBy,
            [.. measures.Select(m => m.Name)],
            levels.Kind,
            input.Probabilities?.ModelName,
            input.Targets,
            perSource,
            [.. input.Targets.Where(target => !reached.Contains(target.Id))],
            levels.Values,
            input.Gold);
    }

    private static SourceLinks ForSource(
        Artifact source, ScoredLink[] candidates, TargetGroupInput input, LevelGrid levels, MeasureLookup[] measures, ReportOptions options)
    {
        var best = LinkBucket.ProbablyNot;
        var chosen = new List<int>();
        var likely = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            var bucket = BucketOf(source.Id, candidates[i].TargetId, input, levels);
            best = bucket.Rank() > best.Rank() ? bucket : best;
            var isLikely = bucket != LinkBucket.ProbablyNot && likely < options.MaxLinksPerSource;
            likely += isLikely ? 1 : 0;
            if (isLikely || i < options.MinLinksPerSource)
            {
                chosen.Add(i);
            }
        }

        var links = chosen.Select(i => ToReportLink(source.Id, candidates[i], i + 1, input, levels, measures)).ToArray();
        return new SourceLinks(source, links, best, input.Gold.CountFor(source.Id));
    }

    private static ReportLink ToReportLink(
        string sourceId, ScoredLink link, int rank, TargetGroupInput input, LevelGrid levels, MeasureLookup[] measures)
    {
        var level = levels.Of(sourceId, link.TargetId);
        var probability = input.Probabilities?.ProbabilityOf(sourceId, link.TargetId);
        var explanation = input.Probabilities?.ExplanationOf(sourceId, link.TargetId) ?? RankExplanation(sourceId, link.TargetId, measures, input.Targets.Count);
        bool? isGold = input.Gold.Count > 0 ? input.Gold.Contains(sourceId, link.TargetId) : null;
        return new ReportLink(
            link.TargetId, rank, link.Score, [.. measures.Select(m => m.ScoreOf(sourceId, link.TargetId))],
            probability, level, BucketOf(sourceId, link.TargetId, input, levels), explanation, isGold);
    }

    private static LinkBucket BucketOf(string sourceId, string targetId, TargetGroupInput input, LevelGrid levels) =>
        LinkBuckets.Of(levels.Of(sourceId, targetId), input.Probabilities?.NeedsReview(sourceId, targetId) == true);

    // Without a model, the most useful "why" is whether the measures agree: the pair's rank under each.
    private static string RankExplanation(string sourceId, string targetId, MeasureLookup[] measures, int targetCount)
    {
        var ranks = measures.Select(m => (m.Name, Rank: m.RankInRow(sourceId, targetId))).Where(r => r.Rank > 0);
        var text = string.Join(", ", ranks.Select(r => string.Create(CultureInfo.InvariantCulture, $"#{r.Rank} by {r.Name}")));
        return text.Length == 0 ? "no measure scored this pair" : string.Create(CultureInfo.InvariantCulture, $"{text} of {targetCount} candidates");
    }
}
