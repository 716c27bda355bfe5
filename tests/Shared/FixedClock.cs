namespace Comet.TestSupport;

/// <summary>
/// A clock that always reads the same instant, so a test can name the timestamp a report shows.
/// Compiled into each test project that needs it (a linked file).
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>How the HTML report writes <see cref="Noon"/>.</summary>
    public const string NoonAsShown = "generated 2026-01-02 12:00 UTC+00:00";

    public override DateTimeOffset GetUtcNow() => now;
}
