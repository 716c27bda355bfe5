using System.Globalization;
using Comet.Core;

namespace Comet.Cli.Caching;

/// <summary>
/// The values of `comet cache prune --older-than` and `--max-size`, as a user types them: a number and a
/// unit, "30d", "12h", "90m", "2w"; "2GB", "500MB", "1.5GiB", "0". Anything else is one line and exit code 2.
/// </summary>
internal static class CacheLimits
{
    // Decimal units as disk makers and `df -H` count them, binary ones as `du -h` does.
    private static readonly (string Unit, long Bytes)[] SizeUnits =
    [
        ("TiB", 1L << 40), ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10),
        ("TB", 1_000_000_000_000), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1),
    ];

    private static readonly (string Unit, TimeSpan Length)[] AgeUnits =
    [
        ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)),
    ];

    public const string AgeHelp = "a number and s, m, h, d or w (e.g. 30d, 12h)";

    public const string SizeHelp = "a number of bytes, or with KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024), e.g. 2GB";

    /// <exception cref="CometInputException">Not a number and a unit of time.</exception>
    public static TimeSpan ParseAge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (unit, length) in AgeUnits)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal) && Number(text[..^unit.Length]) is { } count
                && count * length.TotalSeconds < TimeSpan.MaxValue.TotalSeconds)
            {
                return count * length;
            }
        }

        throw new CometInputException($"--older-than {text}: expected {AgeHelp}");
    }

    /// <exception cref="CometInputException">Not a number with an optional unit of size.</exception>
    public static long ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var (unit, bytes) in SizeUnits)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase) && Number(trimmed[..^unit.Length]) is { } count
                && count * bytes < long.MaxValue)
            {
                return (long)Math.Round(count * bytes);
            }
        }

        if (Number(trimmed) is { } plain && plain < long.MaxValue && plain == Math.Floor(plain))
        {
            return (long)plain;
        }

        throw new CometInputException($"--max-size {text}: expected {SizeHelp}");
    }

    /// <summary>A non-negative finite number in invariant notation (no sign, no thousands separator), or null.</summary>
    private static double? Number(string text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0])
        && double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;
}
