using System.Text.RegularExpressions;

namespace Comet.Measures.Identifiers;

/// <summary>
/// Splits names as programmers write them ("PatientRecord", "get_patient_records", "HTTPServer",
/// "est_client.c") into lower-case words, and normalises each word so that a requirement's "patient
/// records" and code's "PatientRecord" meet. No stemming, by measurement: stemmed names (the analysis
/// chain's Snowball stems) scored lower alone (mean AP .294 vs .300 on the 67 tasks, before own names
/// counted twice) and inside hbn (.405 vs .411), as they repeat what vsm and bm25 already see; exact names are the evidence they lack.
/// </summary>
internal static partial class IdentifierParts
{
    /// <summary>Name-like runs: letters, digits and underscores starting with a letter or underscore.</summary>
    public static IEnumerable<string> Tokens(string text) =>
        NameToken().Matches(text).Select(m => m.Value);

    /// <summary>The normalised words of one token, in order: split at '_', digits and case changes.</summary>
    public static IEnumerable<string> Split(string token) =>
        WordPart().Matches(token).Select(m => Normalise(m.Value));

    /// <summary>
    /// Lower case and a trailing plural 's' dropped ("records" -> "record"; not the "ss", "us", "is" of
    /// "class", "status", "analysis"), on both sides of a match, so number does not decide a mention.
    /// </summary>
    public static string Normalise(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 3 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i') ? lower[..^1] : lower;
    }

    /// <summary>
    /// The names after "class" or "interface" in a text, space-separated. Not C's "struct" or "enum":
    /// C code writes them at every use ("struct est_ctx *ctx"), which made every struct a file uses
    /// its own name (LibEST req->code AP .519 -> .439).
    /// </summary>
    public static string DeclaredTypes(string text) =>
        string.Join(' ', TypeDeclaration().Matches(text).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"\b(?:class|interface)\s+([\p{L}_][\p{L}\p{Nd}_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"[\p{L}_][\p{L}\p{Nd}_]*")]
    private static partial Regex NameToken();

    // An upper-case run that ends before a capitalised word ("HTTP" in "HTTPServer"), a capitalised or
    // lower-case word, or a remaining upper-case run; digits and underscores separate.
    [GeneratedRegex(@"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+")]
    private static partial Regex WordPart();
}
