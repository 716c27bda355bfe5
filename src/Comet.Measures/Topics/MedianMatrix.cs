using Comet.Core.Similarity;

namespace Comet.Measures.Topics;

/// <summary>Cell-wise median of equally shaped matrices (mean of the two middle values for an even count).</summary>
public static class MedianMatrix
{
    /// <param name="into">Receives the medians; returned for convenience.</param>
    public static SimilarityMatrix Of(SimilarityMatrix into, IReadOnlyList<SimilarityMatrix> matrices)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Count == 0 || matrices.Any(m => m.Values.Length != into.Values.Length))
        {
            throw new ArgumentException("Need at least one matrix, all of the target's shape.", nameof(matrices));
        }

        var cell = new double[matrices.Count];
        var values = into.Values;
        for (var c = 0; c < values.Length; c++)
        {
            for (var m = 0; m < cell.Length; m++)
            {
                cell[m] = matrices[m].Values[c];
            }

            Array.Sort(cell);
            var middle = cell.Length / 2;
            values[c] = cell.Length % 2 == 1 ? cell[middle] : (cell[middle - 1] + cell[middle]) / 2;
        }

        return into;
    }
}
