using Comet.Core;
using Comet.Core.Similarity;

namespace Comet.Inference.Evidence;

/// <summary>Shape checks run once on construction, so that inference can index matrices blindly.</summary>
internal static class EvidenceValidation
{
    public static void CheckMeasures(LinkEvidence evidence)
    {
        if (evidence.Measures.Count == 0)
        {
            throw new CometInputException("the link model needs at least one similarity measure");
        }

        foreach (var (name, matrix) in evidence.Measures)
        {
            CheckShape(name, matrix, evidence.SourceIds, evidence.TargetIds);
        }
    }

    public static void CheckShape(string name, SimilarityMatrix matrix, IReadOnlyList<string> rows, IReadOnlyList<string> columns)
    {
        if (matrix.Rows != rows.Count || matrix.Columns != columns.Count)
        {
            throw new CometInputException(
                $"measure '{name}' is {matrix.Rows} x {matrix.Columns}, expected {rows.Count} x {columns.Count}");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (!string.Equals(matrix.SourceIds[i], rows[i], StringComparison.Ordinal))
            {
                throw new CometInputException($"measure '{name}' row {i} is '{matrix.SourceIds[i]}', expected '{rows[i]}'");
            }
        }

        for (var j = 0; j < columns.Count; j++)
        {
            if (!string.Equals(matrix.TargetIds[j], columns[j], StringComparison.Ordinal))
            {
                throw new CometInputException($"measure '{name}' column {j} is '{matrix.TargetIds[j]}', expected '{columns[j]}'");
            }
        }
    }
}
