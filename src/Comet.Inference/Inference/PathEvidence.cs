using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Transitive scores of every pair for one kind of path (row-major over sources x targets), and a
/// way to list the strongest single paths behind one pair for explanations.
/// </summary>
internal sealed record PathEvidence(string Group, double[] Scores, Func<int, int, IReadOnlyList<PathTerm>> Strongest)
{
    /// <summary>Path groups are named with this prefix, so people reading explanations see which terms are paths (the model knows by <see cref="Features.FeatureColumn.IsPath"/>).</summary>
    public const string Prefix = "path:";
}
