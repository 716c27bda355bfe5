using Comet.Core.Artifacts;
using Comet.Inference.Evidence;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Stage 3 through intermediate artifacts: P(s ~ i) from Stage-1 inference on the source x
/// intermediate measures, P(i ~ t) from known links (execution traces, at the model's reliability) or
/// Stage-1 on intermediate x target measures, combined per pair as the average relatedness of the
/// source to the intermediates that reach the target: score = sum_i P(s ~ i) P(i ~ t) / sum_i P(i ~ t).
/// An average, not a noisy-OR: a file that every test executes would otherwise score high for every
/// requirement. Gold links never enter: only the chain's own evidence.
/// </summary>
internal static class IntermediatePaths
{
    public static PathEvidence Score(LinkEvidence evidence, IntermediateChain chain, InferenceOptions options)
    {
        var intermediates = FirstHop(evidence, chain);
        var toIntermediate = StageOne(new LinkEvidence(evidence.SourceIds, intermediates, chain.SourceToIntermediate), options);
        var fromIntermediate = SecondHop(evidence, chain, intermediates, options);
        int s = evidence.SourceCount, m = intermediates.Count, t = evidence.TargetCount;
        var scores = new double[s * t];
        Parallel.For(0, s, source =>
        {
            for (var target = 0; target < t; target++)
            {
                double weighted = 0, reach = 0;
                for (var i = 0; i < m; i++)
                {
                    var hop = fromIntermediate[(i * t) + target];
                    weighted += toIntermediate[(source * m) + i] * hop;
                    reach += hop;
                }

                scores[(source * t) + target] = reach > 0 ? weighted / reach : 0;
            }
        });

        IReadOnlyList<PathTerm> Strongest(int source, int target) =>
            Enumerable.Range(0, m)
                .Select(i => new PathTerm(chain.Name, intermediates[i], toIntermediate[(source * m) + i] * fromIntermediate[(i * t) + target]))
                .Where(p => p.Strength > 0)
                .OrderByDescending(p => p.Strength).ThenBy(p => p.Via, StringComparer.Ordinal)
                .Take(3).ToArray();

        return new PathEvidence(PathEvidence.Prefix + chain.Name, scores, Strongest);
    }

    /// <summary>Link posteriors of a sub-problem from measures alone (no feedback, no paths).</summary>
    internal static double[] StageOne(LinkEvidence hop, InferenceOptions options)
    {
        var model = LinkModel.Declare(hop, options.Priors, options.Fit);
        return MeanFieldSolver.Solve(model, options).Posterior;
    }

    private static IReadOnlyList<string> FirstHop(LinkEvidence evidence, IntermediateChain chain)
    {
        if (chain.SourceToIntermediate.Count == 0)
        {
            throw new Comet.Core.CometInputException($"chain '{chain.Name}' has no source -> intermediate measure");
        }

        return chain.SourceToIntermediate.First().Value.TargetIds;
    }

    private static double[] SecondHop(LinkEvidence evidence, IntermediateChain chain, IReadOnlyList<string> intermediates, InferenceOptions options)
    {
        var t = evidence.TargetCount;
        var hop = chain.IntermediateToTarget.Count > 0
            ? StageOne(new LinkEvidence(intermediates, evidence.TargetIds, chain.IntermediateToTarget), options)
            : new double[intermediates.Count * t];
        if (chain.KnownIntermediateLinks.Count == 0)
        {
            return hop;
        }

        var rows = IdPositions.Of(intermediates);
        var columns = IdPositions.Of(evidence.TargetIds);
        foreach (var link in chain.KnownIntermediateLinks)
        {
            // Known links may mention artifacts outside this task (e.g. headers not traced): skip them.
            if (rows.TryGetValue(link.SourceId, out var i) && columns.TryGetValue(link.TargetId, out var j))
            {
                hop[(i * t) + j] = Math.Max(hop[(i * t) + j], options.Priors.KnownLinkReliability);
            }
        }

        return hop;
    }
}
