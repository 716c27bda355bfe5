using System.Text;

namespace Comet.Measures.Embeddings.Text;

/// <summary>
/// Splits one letter-or-digit run into lower-case, accent-folded words: "getHTTPServer2Name" ->
/// get, http, server, 2, name. Mirrors the identifier rules of Comet.Preprocessing's TextAnalyzer
/// (case changes, the end of an acronym before a capitalised word, letter/digit changes).
/// </summary>
internal static class IdentifierParts
{
    public static void Split(string run, List<string> into)
    {
        var start = 0;
        for (var i = 1; i < run.Length; i++)
        {
            if (IsBoundary(run, i))
            {
                into.Add(Normalise(run.AsSpan(start, i - start)));
                start = i;
            }
        }

        into.Add(Normalise(run.AsSpan(start)));
    }

    private static bool IsBoundary(string run, int i)
    {
        char previous = run[i - 1], current = run[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        // "HTTPServer": the last capital of an acronym starts the next word.
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < run.Length && char.IsLower(run[i + 1]);
    }

    private static string Normalise(ReadOnlySpan<char> part)
    {
        var builder = new StringBuilder(part.Length);
        foreach (var c in part)
        {
            builder.Append(char.ToLowerInvariant(LatinFolding.Fold(c)));
        }

        return builder.ToString();
    }
}
