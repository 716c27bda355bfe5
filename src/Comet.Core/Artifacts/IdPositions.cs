namespace Comet.Core.Artifacts;

/// <summary>
/// Each id's position in an ordered list of ids (an artifact set, a matrix's rows or columns): the one
/// way ids become row and column indices, ordinal and strict about repeats.
/// </summary>
public static class IdPositions
{
    /// <param name="ids">The ids in order.</param>
    /// <param name="owner">What lists them, for the error, e.g. "The matrix".</param>
    /// <exception cref="ArgumentException">An id appears twice: its rows would be ambiguous.</exception>
    public static Dictionary<string, int> Of(IReadOnlyList<string> ids, string owner = "The list")
    {
        ArgumentNullException.ThrowIfNull(ids);
        var positions = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!positions.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"{owner} contains the id '{ids[i]}' twice.", nameof(ids));
            }
        }

        return positions;
    }
}
