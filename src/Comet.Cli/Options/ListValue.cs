namespace Comet.Cli.Options;

/// <summary>How every comma-separated option value is read (measures, languages, models, protocols, budgets).</summary>
internal static class ListValue
{
    /// <summary>The items, trimmed, empty ones dropped: "vsm, lsi,,js" is vsm, lsi, js.</summary>
    public static IReadOnlyList<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
