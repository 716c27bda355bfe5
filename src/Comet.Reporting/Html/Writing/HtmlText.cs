using System.Globalization;
using System.Net;

namespace Comet.Reporting.Html.Writing;

/// <summary>Escaping and number formatting for the report: HTML-encoded text, invariant-culture numbers.</summary>
internal static class HtmlText
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Three decimals, or an en dash for a missing value.</summary>
    public static string N(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "\u2013";

    public static string N(double? value) => value is { } v ? N(v) : "\u2013";

    public static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id usable in HTML ids and URLs: letters, digits, '-' and '_' kept, everything else '-'.</summary>
    public static string Slug(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        return new string(chars).Trim('-');
    }

    /// <summary>The first line of a text, cut to <paramref name="max"/> characters, for summaries.</summary>
    public static string FirstLine(string text, int max = 110)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        line = end >= 0 ? line[..end] : line;
        return line.Length <= max ? line.ToString() : string.Concat(line[..(max - 1)], "\u2026");
    }
}
