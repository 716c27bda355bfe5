namespace Comet.Preprocessing;

/// <summary>
/// Bag of words of one artifact: term ids sorted ascending with their counts (sparse). Immutable.
/// </summary>
public sealed class TermVector
{
    public TermVector(int[] termIds, double[] counts)
    {
        ArgumentNullException.ThrowIfNull(termIds);
        ArgumentNullException.ThrowIfNull(counts);
        if (termIds.Length != counts.Length)
        {
            throw new ArgumentException("Term ids and counts differ in length.");
        }

        TermIds = termIds;
        Counts = counts;
        TotalCount = counts.Sum();
    }

    public int[] TermIds { get; }

    public double[] Counts { get; }

    /// <summary>Number of tokens (sum of counts); 0 for an artifact with no terms left after analysis.</summary>
    public double TotalCount { get; }

    public bool IsEmpty => TermIds.Length == 0;

    public static TermVector FromTerms(IEnumerable<int> termIds)
    {
        var counts = new SortedDictionary<int, double>();
        foreach (var id in termIds)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return new TermVector([.. counts.Keys], [.. counts.Values]);
    }
}
