using Comet.Core.Artifacts;
using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>A source (requirement) with the candidate links the report lists for it.</summary>
/// <param name="Source">The requirement or other source artifact.</param>
/// <param name="Links">Its probable and unsure links (at most the configured number), padded with its best candidates.</param>
/// <param name="Best">The bucket of its best candidate: "probably not" makes it a gap (<see cref="LinkBuckets.IsGap(LinkBucket)"/>).</param>
/// <param name="GoldCount">Its gold links (0 when there is no gold standard).</param>
public sealed record SourceLinks(Artifact Source, IReadOnlyList<ReportLink> Links, LinkBucket Best, int GoldCount);
