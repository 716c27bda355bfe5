namespace Comet.Reporting.Html.Building;

/// <summary>How much the report lists per requirement. Defaults keep the largest benchmark's page small.</summary>
public sealed record ReportOptions
{
    /// <summary>At most this many probable or unsure links per source (default 10).</summary>
    public int MaxLinksPerSource { get; init; } = 10;

    /// <summary>At least this many candidates per source, even "probably not" ones, so a gap shows its near misses (default 3).</summary>
    public int MinLinksPerSource { get; init; } = 3;

    public void Validate()
    {
        if (MinLinksPerSource < 0 || MaxLinksPerSource < 1 || MinLinksPerSource > MaxLinksPerSource)
        {
            throw new ArgumentException($"Need 0 <= MinLinksPerSource <= MaxLinksPerSource and MaxLinksPerSource >= 1, got {MinLinksPerSource} and {MaxLinksPerSource}.");
        }
    }
}
