using Comet.Core.Links;
using Comet.Server.Scoring;

namespace Comet.Server.Links;

/// <summary>Which links of a run a query wants: exact source and target ids, and a bucket; null means any.</summary>
internal sealed record LinkFilter(string? Source, string? Target, LinkBucket? Bucket);
