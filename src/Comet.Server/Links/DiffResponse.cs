using Comet.Core.Links;
using Comet.Server.Scoring;

namespace Comet.Server.Links;

/// <summary>
/// How a run's links differ from a base run's. Appeared: probably linked now, not before (or the pair
/// is new). Vanished: probably linked before, not now (or the pair is gone). Changed: in both runs,
/// in another bucket, neither time probably linked (unsure &lt;-&gt; probably not). Pairs that exist in
/// one run only and are not probably linked are not listed.
/// </summary>
internal sealed record DiffResponse(
    long BaseRunId,
    long RunId,
    int AppearedCount,
    int VanishedCount,
    int ChangedCount,
    IReadOnlyList<DiffEntry> Appeared,
    IReadOnlyList<DiffEntry> Vanished,
    IReadOnlyList<DiffEntry> Changed);

/// <summary>One link of a diff; the "before" fields are null when the pair did not exist in the base run, "after" ones when it is gone.</summary>
internal sealed record DiffEntry(
    string Source,
    string Target,
    LinkBucket? BucketBefore,
    LinkBucket? BucketAfter,
    double? ProbabilityBefore,
    double? ProbabilityAfter);
