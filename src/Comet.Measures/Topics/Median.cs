namespace Comet.Measures.Topics;

/// <summary>Median of a small sample: the middle value, or the mean of the two middle values for an even count.</summary>
public static class Median
{
    /// <summary>Sorts <paramref name="values"/> in place and returns their median.</summary>
    public static double OfInPlace(Span<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        values.Sort();
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
