using Comet.Core.Similarity;
using Comet.Core.Links;

namespace Comet.Evaluation.Metrics;

/// <summary>Turns a <see cref="RankedLinks"/> into a <see cref="JudgedRun"/>; the ranking is kept as is.</summary>
internal static class RankedLinksJudge
{
    public static JudgedRun Judge(RankedLinks run, GoldStandard gold, CandidateSpace? candidates)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(gold);
        var sources = new IdIndex();
        var targets = new IdIndex();
        if (candidates is not null)
        {
            foreach (var id in candidates.SourceIds)
            {
                sources.MarkCandidate(sources.GetOrAdd(id));
            }

            foreach (var id in candidates.TargetIds)
            {
                targets.MarkCandidate(targets.GetOrAdd(id));
            }
        }

        var goldKeys = IdIndex.NewPairSet(gold.Count);
        foreach (var link in gold.Links)
        {
            goldKeys.Add(IdIndex.PairKey(sources.GetOrAdd(link.SourceId), targets.GetOrAdd(link.TargetId)));
        }

        var count = run.Count;
        var scores = new double[count];
        var relevant = new bool[count];
        var sourceOf = new int[count];
        var seen = IdIndex.NewPairSet(count);
        var kept = 0;
        for (var rank = 0; rank < count; rank++)
        {
            var link = run[rank];
            if (SelfPairs.Are(link.SourceId, link.TargetId))
            {
                continue; // not a candidate: an outside run (a reference output) may still rank one
            }

            var source = sources.GetOrAdd(link.SourceId);
            var target = targets.GetOrAdd(link.TargetId);
            if (candidates is null)
            {
                // Without a task, the run's own sources x targets are the candidate space.
                sources.MarkCandidate(source);
                targets.MarkCandidate(target);
            }
            else if (!sources.IsCandidate(source) || !targets.IsCandidate(target))
            {
                throw new ArgumentException($"The run ranks {link.Link}, which is not a candidate pair of the task.", nameof(run));
            }

            var key = IdIndex.PairKey(source, target);
            if (!seen.Add(key))
            {
                throw new ArgumentException($"The run ranks {link.Link} twice.", nameof(run));
            }

            scores[kept] = link.Score;
            relevant[kept] = goldKeys.Contains(key);
            sourceOf[kept] = source;
            kept++;
        }

        if (kept < count)
        {
            Array.Resize(ref scores, kept);
            Array.Resize(ref relevant, kept);
            Array.Resize(ref sourceOf, kept);
        }

        var goldBySource = new int[sources.Count];
        var candidateGold = 0;
        foreach (var key in goldKeys)
        {
            var source = (int)(key >> 32);
            goldBySource[source]++;
            if (sources.IsCandidate(source) && targets.IsCandidate((int)(key & 0xFFFFFFFF)))
            {
                candidateGold++;
            }
        }

        var candidateCount = candidates?.Count ?? (long)CountCandidates(sources) * CountCandidates(targets);
        return new JudgedRun(scores, relevant, sourceOf, goldBySource, gold.Count, candidateCount, candidateGold);
    }

    private static int CountCandidates(IdIndex index)
    {
        var n = 0;
        for (var i = 0; i < index.Count; i++)
        {
            n += index.IsCandidate(i) ? 1 : 0;
        }

        return n;
    }
}
