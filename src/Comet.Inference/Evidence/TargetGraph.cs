namespace Comet.Inference.Evidence;

/// <summary>
/// Ties between targets (e.g. the code graph: imports, inheritance, type references and calls between
/// code files), undirected and weighted, by target position. A target linked to a source makes its
/// neighbours more likely: the model takes this as a path, target -> collaborator, with a learned weight.
/// </summary>
/// <param name="Name">Shown in explanations as the path's kind, e.g. "code-graph".</param>
/// <param name="Neighbours">Per target, in the evidence's target order: the tied targets and positive weights.</param>
public sealed record TargetGraph(string Name, IReadOnlyList<IReadOnlyList<(int Neighbour, double Weight)>> Neighbours)
{
    public int EdgeCount => Neighbours.Sum(n => n.Count) / 2;
}
