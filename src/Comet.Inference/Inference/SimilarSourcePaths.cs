using Comet.Inference.Evidence;
using Comet.Inference.Features;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Stage 3 between sources (requirement -> requirement -> target): a source inherits the links of its
/// most similar other sources, score(s, t) = sum over neighbours s' of u(s, s') q(s', t) / sum u, where u is
/// the global percentile of the fused source-source similarity and q the current link posterior of
/// (s', t) (from the model itself, never from gold).
/// </summary>
internal static class SimilarSourcePaths
{
    public const string Kind = "similar-sources";

    public static PathEvidence Score(LinkEvidence evidence, double[] posterior, int neighbours)
    {
        var s = evidence.SourceCount;
        var t = evidence.TargetCount;
        var affinity = FusedAffinity(evidence);
        var nearest = new (int Source, double Weight)[s][];
        for (var i = 0; i < s; i++)
        {
            nearest[i] = Enumerable.Range(0, s).Where(k => k != i)
                .Select(k => (k, affinity[(i * s) + k]))
                .OrderByDescending(p => p.Item2).ThenBy(p => p.k)
                .Take(neighbours).ToArray();
        }

        var scores = new double[s * t];
        Parallel.For(0, s, i =>
        {
            for (var j = 0; j < t; j++)
            {
                double weighted = 0, total = 0;
                foreach (var (k, weight) in nearest[i])
                {
                    weighted += weight * posterior[(k * t) + j];
                    total += weight;
                }

                scores[(i * t) + j] = total > 0 ? weighted / total : 0;
            }
        });

        IReadOnlyList<PathTerm> Strongest(int source, int target) =>
            nearest[source].Select(n => new PathTerm(Kind, evidence.SourceIds[n.Source], n.Weight * posterior[(n.Source * t) + target]))
                .Where(p => p.Strength > 0).OrderByDescending(p => p.Strength).ThenBy(p => p.Via, StringComparer.Ordinal)
                .Take(3).ToArray();

        return new PathEvidence(PathEvidence.Prefix + Kind, scores, Strongest);
    }

    /// <summary>Average over measures of the global percentile of each source-source score (diagonal excluded by the caller).</summary>
    private static double[] FusedAffinity(LinkEvidence evidence)
    {
        var n = evidence.SourceCount * evidence.SourceCount;
        var fused = new double[n];
        foreach (var matrix in evidence.SourceToSource.Values)
        {
            var z = ScoreTransforms.GlobalProbitRank(matrix.Values);
            for (var k = 0; k < n; k++)
            {
                fused[k] += MathNet.Numerics.Distributions.Normal.CDF(0, 1, z[k]) / evidence.SourceToSource.Count;
            }
        }

        return fused;
    }
}
