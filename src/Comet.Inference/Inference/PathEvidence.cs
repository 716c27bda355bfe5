using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Transitive scores of every pair for one kind of path (row-major over sources x targets), and a
/// way to list the strongest single paths behind one pair for explanations.
/// </summary>
internal sealed record PathEvidence(string Group, double[] Scores, Func<int, int, IReadOnlyList<PathTerm>> Strongest)
{
    /// <summary>Group names of path features start with this, so explanations can tell them from measures.</summary>
    public const string Prefix = "path:";
}
