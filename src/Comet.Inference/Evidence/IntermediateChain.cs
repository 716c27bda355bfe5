using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Inference.Evidence;

/// <summary>
/// Transitive evidence through one kind of intermediate artifact (e.g. test cases between
/// requirements and code): source -> intermediate similarities, and intermediate -> target either
/// as similarities or as links the project already keeps (execution traces). Never gold links.
/// </summary>
/// <param name="Name">Shown in explanations, e.g. "tests".</param>
/// <param name="SourceToIntermediate">Measures over sources x intermediates (same sources, same order as the task).</param>
/// <param name="IntermediateToTarget">Measures over intermediates x targets; may be empty when <paramref name="KnownIntermediateLinks"/> is given.</param>
/// <param name="KnownIntermediateLinks">Known intermediate -> target links (e.g. execution traces); may be empty.</param>
public sealed record IntermediateChain(
    string Name,
    IReadOnlyDictionary<string, SimilarityMatrix> SourceToIntermediate,
    IReadOnlyDictionary<string, SimilarityMatrix> IntermediateToTarget,
    IReadOnlyList<TraceLink> KnownIntermediateLinks)
{
    /// <summary>Chain whose second hop is given by known links only.</summary>
    public static IntermediateChain WithKnownLinks(
        string name, IReadOnlyDictionary<string, SimilarityMatrix> sourceToIntermediate, IReadOnlyList<TraceLink> known) =>
        new(name, sourceToIntermediate, new Dictionary<string, SimilarityMatrix>(), known);
}
