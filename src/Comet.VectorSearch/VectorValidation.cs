namespace Comet.VectorSearch;

/// <summary>Shape and value checks shared by corpus construction and every query call.</summary>
internal static class VectorValidation
{
    public static void RequireWholeFiniteRows(ReadOnlySpan<float> values, int dimensions, string parameterName)
    {
        if (values.Length % dimensions != 0)
        {
            throw new ArgumentException(
                $"Length {values.Length} is not a multiple of the dimension count {dimensions}: the vectors' dimensions do not match.",
                parameterName);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Value {values[i]} at row {i / dimensions}, dimension {i % dimensions} is not finite.", parameterName);
            }
        }
    }

    /// <summary>Validates a query batch against the corpus and returns its row count.</summary>
    public static int QueryCount(ReadOnlyMemory<float> queries, int dimensions)
    {
        RequireWholeFiniteRows(queries.Span, dimensions, nameof(queries));
        return queries.Length / dimensions;
    }

    /// <summary>The k actually returned: the request capped at the corpus size.</summary>
    public static int EffectiveK(int k, int corpusSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return Math.Min(k, corpusSize);
    }
}
