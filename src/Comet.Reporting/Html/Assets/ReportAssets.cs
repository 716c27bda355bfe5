namespace Comet.Reporting.Html.Assets;

/// <summary>
/// The report's script and stylesheet, kept as real .js/.css files beside this one (so editors, linters
/// and diffs see them as what they are) and embedded in the assembly, so every page still inlines them
/// (no CDN, no build step). Each is read once, on first use.
/// </summary>
internal static class ReportAssets
{
    /// <summary>
    /// The heat-map matrix (<c>cometMatrix</c>, matrix.js): levels arrive as one byte per cell in base64,
    /// painted one pixel per cell and scaled up, so even 116 x 1064 cells draw in milliseconds.
    /// </summary>
    public static string MatrixScript { get; } = Read("matrix.js");

    /// <summary>
    /// Page behaviour outside the matrix (page.js): filtering and expanding requirements, opening the
    /// section #ID or ?open=ID names, and the "ready" mark the browser tests time the page by.
    /// </summary>
    public static string PageScript { get; } = Read("page.js");

    /// <summary>The stylesheet (report.css), inlined into every page.</summary>
    public static string Style { get; } = Read("report.css");

    // The csproj names each resource "Comet.Reporting.Html.Assets.<file>", independent of folders.
    private static string Read(string file)
    {
        var name = typeof(ReportAssets).Namespace + "." + file;
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {typeof(ReportAssets).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        // A file's final newline is the editor's convention, not part of the page: the inlined text ends at its last character.
        return text.EndsWith('\n') ? text[..^1] : text;
    }
}
