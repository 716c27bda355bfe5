using Comet.Inference.Evidence;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Stage 3 between targets (requirement -> code file -> collaborator): a target inherits the links of
/// the files it is tied to in a <see cref="TargetGraph"/>, score(s, t) = sum over neighbours t' of
/// w(t, t') q(s, t') / sum w, where q is the current link posterior of (s, t') from the model itself
/// (never gold). The mirror of <see cref="SimilarSourcePaths"/>, over targets and a given graph
/// rather than over similar sources. Targets without ties score 0.
/// </summary>
internal static class StructurePaths
{
    public static PathEvidence Score(LinkEvidence evidence, TargetGraph graph, double[] posterior)
    {
        var s = evidence.SourceCount;
        var t = evidence.TargetCount;
        if (graph.Neighbours.Count != t)
        {
            throw new ArgumentException($"target graph '{graph.Name}' has {graph.Neighbours.Count} nodes for {t} targets", nameof(graph));
        }

        var scores = new double[s * t];
        Parallel.For(0, s, i =>
        {
            for (var j = 0; j < t; j++)
            {
                double weighted = 0, total = 0;
                foreach (var (k, weight) in graph.Neighbours[j])
                {
                    weighted += weight * posterior[(i * t) + k];
                    total += weight;
                }

                scores[(i * t) + j] = total > 0 ? weighted / total : 0;
            }
        });

        IReadOnlyList<PathTerm> Strongest(int source, int target) =>
            graph.Neighbours[target].Select(n => new PathTerm(graph.Name, evidence.TargetIds[n.Neighbour], n.Weight * posterior[(source * t) + n.Neighbour]))
                .Where(p => p.Strength > 0).OrderByDescending(p => p.Strength).ThenBy(p => p.Via, StringComparer.Ordinal)
                .Take(3).ToArray();

        return new PathEvidence(PathEvidence.Prefix + graph.Name, scores, Strongest);
    }
}
