using Comet.Core.Links;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Links;

/// <summary>One row of a link listing: a link, its rank among its source's candidates, and the view it belongs to.</summary>
public readonly record struct LinkRow(string View, int RankInSource, ScoredLink Link);

/// <summary>
/// One view of a trace run ("code": requirement -> code, "tests": requirement -> test) and the rows a
/// user asked for: the <c>top</c> best candidates of every source (all of them when top is null),
/// sources in id order, each source's candidates best first. Per source rather than globally, because
/// a global cut leaves the requirements with weaker scores out of the listing altogether.
/// </summary>
public sealed class LinkView
{
    public LinkView(string name, LinkTable table, int? topPerSource)
    {
        ArgumentNullException.ThrowIfNull(table);
        Name = name;
        Table = table;
        TopPerSource = topPerSource;
        Rows = [.. table.Ranking.BySource()
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Take(topPerSource ?? int.MaxValue).Select((link, i) => new LinkRow(name, i + 1, link)))];
        SourceCount = table.Ranking.Select(l => l.SourceId).Distinct(StringComparer.Ordinal).Count();
    }

    public string Name { get; }

    /// <summary>What the model can say of how many links there are (see <c>ILinkProbabilities.CountStatement</c>); null without a model.</summary>
    public string? CountStatement { get; init; }

    /// <summary>
    /// The model's probabilities behind <see cref="LinkTable.Details"/>; null without a model. Kept so the
    /// HTML report of the same run reads them rather than building them again.
    /// </summary>
    public ILinkProbabilities? Probabilities { get; init; }

    public LinkTable Table { get; }

    public int? TopPerSource { get; }

    public IReadOnlyList<LinkRow> Rows { get; }

    public int SourceCount { get; }
}
