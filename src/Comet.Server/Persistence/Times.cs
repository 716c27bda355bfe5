using System.Globalization;

namespace Comet.Server.Persistence;

/// <summary>Times are stored as ISO 8601 UTC text ("O" format), which sorts as it reads.</summary>
internal static class Times
{
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
