using Comet.Core.Artifacts;
using Comet.Inference.Evidence;
using Comet.Measures.Structure;

namespace Comet.Pipeline.Modelling;

/// <summary>The targets' code graph as the model's <see cref="TargetGraph"/> (issue 21's structural evidence).</summary>
public static class StructureEvidence
{
    /// <summary>Path kind shown in explanations ("path:code-graph").</summary>
    public const string Kind = "code-graph";

    public static TargetGraph Of(IReadOnlyList<Artifact> targets)
    {
        var graph = CodeGraph.Build(targets);
        return new TargetGraph(Kind, [.. Enumerable.Range(0, graph.Count).Select(j => (IReadOnlyList<(int, double)>)[.. graph.Neighbours(j)])]);
    }
}
