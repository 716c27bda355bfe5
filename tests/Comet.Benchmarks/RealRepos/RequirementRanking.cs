using Comet.Core.Links;
using Comet.Evaluation.Metrics;

namespace Comet.Benchmarks.RealRepos;

/// <summary>One requirement's ranked files under one run, judged against the markers.</summary>
/// <param name="Ap">Average precision within the requirement's own ranking (the term MAP averages).</param>
/// <param name="Top">Its files best first.</param>
internal sealed record RequirementRanking(string Id, double Ap, IReadOnlyList<string> Top, IReadOnlySet<string> Gold)
{
    public bool FirstIsLink => Top.Count > 0 && Gold.Contains(Top[0]);

    /// <summary>The 1-based rank of the requirement's best-placed gold file (0 when none is ranked).</summary>
    public int FirstLinkRank
    {
        get
        {
            for (var i = 0; i < Top.Count; i++)
            {
                if (Gold.Contains(Top[i]))
                {
                    return i + 1;
                }
            }

            return 0;
        }
    }

    /// <summary>Every linked requirement's ranking in <paramref name="run"/> (the requirements MAP averages over).</summary>
    public static Dictionary<string, RequirementRanking> Of(RankedLinks run, GoldStandard gold)
    {
        var goldBySource = gold.Links.GroupBy(l => l.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(l => l.TargetId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var bySource = run.BySource();
        var result = new Dictionary<string, RequirementRanking>(StringComparer.Ordinal);
        foreach (var (id, targets) in goldBySource)
        {
            var ranked = bySource.TryGetValue(id, out var links) ? links.Select(l => l.TargetId).ToArray() : [];
            var hits = 0;
            var sum = 0.0;
            for (var i = 0; i < ranked.Length; i++)
            {
                if (targets.Contains(ranked[i]))
                {
                    hits++;
                    sum += hits / (double)(i + 1);
                }
            }

            result[id] = new RequirementRanking(id, sum / targets.Count, ranked, targets);
        }

        return result;
    }

    /// <summary>The headline numbers of a run: MAP, P@1 and global AP, through the evaluation stage's own metrics.</summary>
    public static MetricSet Score(RankedLinks run, GoldStandard gold, CandidateSpace candidates) =>
        Evaluator.Evaluate(run, gold, candidates);
}
