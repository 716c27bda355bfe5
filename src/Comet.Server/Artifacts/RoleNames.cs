namespace Comet.Server.Artifacts;

/// <summary>Wire names of <see cref="ArtifactRole"/> in query strings: "source", "target", "intermediate".</summary>
internal static class RoleNames
{
    public static bool TryParse(string? text, out ArtifactRole role)
    {
        (var ok, role) = text switch
        {
            "source" => (true, ArtifactRole.Source),
            "target" => (true, ArtifactRole.Target),
            "intermediate" => (true, ArtifactRole.Intermediate),
            _ => (false, default),
        };
        return ok;
    }
}
