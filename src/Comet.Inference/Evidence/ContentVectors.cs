namespace Comet.Inference.Evidence;

/// <summary>One artifact's text as a sparse unit-length vector (term ids ascending, weights aligned).</summary>
public sealed record SparseVector(int[] TermIds, double[] Weights)
{
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Adds <paramref name="scale"/> x this vector into a dense buffer indexed by term id.</summary>
    public void AddTo(double[] dense, double scale)
    {
        for (var k = 0; k < TermIds.Length; k++)
        {
            dense[TermIds[k]] += scale * Weights[k];
        }
    }

    /// <summary>Dot product with a dense buffer indexed by term id.</summary>
    public double Dot(double[] dense)
    {
        var sum = 0.0;
        for (var k = 0; k < TermIds.Length; k++)
        {
            sum += dense[TermIds[k]] * Weights[k];
        }

        return sum;
    }

    /// <summary>|v|^2: 1 for a unit vector, 0 for an artifact with no terms.</summary>
    public double SquaredNorm()
    {
        var sum = 0.0;
        foreach (var w in Weights)
        {
            sum += w * w;
        }

        return sum;
    }
}

/// <summary>
/// What the artifacts say, as unit-length term vectors over one vocabulary (the pipeline uses tf-idf):
/// answers teach through content with them (a target that resembles a source's confirmed targets is
/// more likely its link too, see <see cref="Learning.AnswerFeatures"/>). Optional evidence: without it
/// answers teach through the measures' features only.
/// </summary>
/// <param name="VocabularySize">Term ids are below this.</param>
/// <param name="Sources">One vector per source, in the evidence's source order.</param>
/// <param name="Targets">One vector per target, in the evidence's target order.</param>
public sealed record ContentVectors(int VocabularySize, IReadOnlyList<SparseVector> Sources, IReadOnlyList<SparseVector> Targets);
