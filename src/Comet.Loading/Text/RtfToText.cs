namespace Comet.Loading.Text;

/// <summary>
/// Strips RTF markup to plain text (eANCI stores RTF documents under <c>.txt</c> names). Handles
/// groups, <c>\'hh</c> escapes (as cp1252, the code page these files declare), <c>\uN</c> with its
/// fallback characters, paragraph/tab/quote words, and skips destination groups (font, colour and
/// style tables, <c>{\*...}</c>) whose content is not document text. It is not a full RTF reader:
/// tables lose their layout, fields keep only their result text.
/// </summary>
public static class RtfToText
{
    /// <summary>True when the text is an RTF document (starts with <c>{\rtf</c>).</summary>
    public static bool IsRtf(string text) =>
        text.AsSpan().TrimStart().StartsWith(@"{\rtf", StringComparison.Ordinal);

    /// <summary>The document text; lines are right-trimmed and the whole trimmed.</summary>
    public static string Convert(string rtf)
    {
        ArgumentNullException.ThrowIfNull(rtf);
        var raw = new RtfScanner(rtf).Run();
        var lines = raw.Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim();
    }
}
