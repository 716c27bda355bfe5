namespace Comet.Pipeline.Modelling;

/// <summary>Row or column position of each id of a posterior matrix.</summary>
internal static class IdPositions
{
    public static Dictionary<string, int> Of(IReadOnlyList<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
}
