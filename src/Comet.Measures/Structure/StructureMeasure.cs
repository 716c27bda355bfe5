using Comet.Core.Similarity;

namespace Comet.Measures.Structure;

/// <summary>
/// Code-structure evidence as a measure ("structure"): how much a target's collaborators in the code
/// graph (<see cref="CodeGraph"/>: imports, inheritance, type references, calls) resemble the source,
/// score(s, t) = sum over neighbours t' of w(t, t') vsm(s, t') / sum w(t, t'). The target's own text
/// does not enter, so the score says what whole-document similarity of t alone cannot: that t sits
/// among files the requirement describes. Targets without code ties (prose, isolated files) score 0.
/// Inside the model the same graph also enters as a transitive path over the link posteriors
/// (the pipeline's structure option), which needs no base measure.
/// </summary>
public sealed class StructureMeasure : ISimilarityMeasure
{
    /// <summary>The whole-document measure spread over the graph: the best single lexical measure on the benchmarks.</summary>
    public const string BaseMeasure = "vsm";

    public string Name => "structure";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matrix = context.NewMatrix();
        if (matrix.Rows == 0 || matrix.Columns == 0)
        {
            return matrix;
        }

        var graph = CodeGraph.Build(context.Task.Targets);
        if (graph.EdgeCount == 0)
        {
            return matrix;
        }

        var similarity = context.Shared(BaseMeasure);
        Parallel.For(0, matrix.Rows, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            for (var j = 0; j < matrix.Columns; j++)
            {
                double weighted = 0, total = 0;
                foreach (var (k, weight) in graph.Neighbours(j))
                {
                    weighted += weight * similarity[i, k];
                    total += weight;
                }

                matrix[i, j] = total > 0 ? weighted / total : 0;
            }
        });
        return matrix;
    }
}
