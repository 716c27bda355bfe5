using System.Collections.Frozen;

namespace Comet.Loading.Text;

/// <summary>The RTF control words <see cref="RtfScanner"/> acts on; every other word is formatting and ignored.</summary>
internal static class RtfVocabulary
{
    // Destinations whose content is never document text.
    public static readonly FrozenSet<string> SkippedDestinations = new[]
    {
        "fonttbl", "colortbl", "expandedcolortbl", "stylesheet", "info", "pict", "object", "header",
        "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
        "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
        "latentstyles", "datastore", "filetbl", "revtbl", "fldinst", "pgdsctbl", "mmathPr",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["par"] = "\n", ["line"] = "\n", ["sect"] = "\n", ["page"] = "\n", ["row"] = "\n",
        ["tab"] = "\t", ["cell"] = "\t", ["emdash"] = "\u2014", ["endash"] = "\u2013",
        ["bullet"] = "\u2022", ["lquote"] = "\u2018", ["rquote"] = "\u2019",
        ["ldblquote"] = "\u201C", ["rdblquote"] = "\u201D", ["emspace"] = " ", ["enspace"] = " ",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
