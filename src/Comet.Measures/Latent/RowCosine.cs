using Comet.Core.Similarity;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Measures.Latent;

/// <summary>
/// Cosine between latent document vectors: row i of the source matrix against row j of the target
/// matrix. A zero vector (an empty artifact, or one the factorisation maps to nothing) scores 0.
/// </summary>
public static class RowCosine
{
    public static SimilarityMatrix Fill(MeasureContext context, Matrix<double> sources, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        var s = sources.NormalizeRows(2.0);
        var t = targets.NormalizeRows(2.0);
        var dots = s.TransposeAndMultiply(t);
        var matrix = context.NewMatrix();
        for (var i = 0; i < matrix.Rows; i++)
        {
            for (var j = 0; j < matrix.Columns; j++)
            {
                // NormalizeRows leaves zero rows at zero, so their dot products are exactly 0.
                matrix[i, j] = double.IsFinite(dots[i, j]) ? dots[i, j] : 0.0;
            }
        }

        return matrix;
    }
}
