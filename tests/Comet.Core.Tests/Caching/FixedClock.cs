namespace Comet.Core.Tests.Caching;

/// <summary>A clock that always reads one time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
