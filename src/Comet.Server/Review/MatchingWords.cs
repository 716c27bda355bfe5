using System.Text.RegularExpressions;
using Comet.Preprocessing;

namespace Comet.Server.Review;

/// <summary>
/// Where two texts meet: the analysed terms both share (the pipeline's own chain, so "logs" and
/// "LoginService" meet as "log"), and the spans of each raw text whose words analyse to one of them.
/// Spans are UTF-16 offsets, the same units as JavaScript string indices, so the page can cut the
/// text it fetched from /artifacts/text without analysing anything itself.
/// </summary>
internal static partial class MatchingWords
{
    public static MatchingWordsResponse Find(string sourceText, string targetText, IReadOnlyList<string> languages)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = languages });
        var shared = analyzer.Terms(sourceText).ToHashSet(StringComparer.Ordinal);
        shared.IntersectWith(analyzer.Terms(targetText));
        var terms = shared.Order(StringComparer.Ordinal).ToList();
        var cache = new Dictionary<string, string?>(StringComparer.Ordinal);
        return new MatchingWordsResponse(terms, Spans(sourceText, shared, analyzer, cache), Spans(targetText, shared, analyzer, cache));
    }

    // Each identifier part alone ("print", "Monthly", "HTTP", "Server") is analysed, so that the part
    // of "printMonthlyReport" that matched lights up rather than the whole identifier.
    private static List<MatchedSpan> Spans(string text, HashSet<string> shared, TextAnalyzer analyzer, Dictionary<string, string?> cache)
    {
        var spans = new List<MatchedSpan>();
        if (shared.Count == 0)
        {
            return spans;
        }

        foreach (Match part in IdentifierPart().Matches(text))
        {
            if (!cache.TryGetValue(part.Value, out var term))
            {
                term = analyzer.Terms(part.Value).FirstOrDefault(shared.Contains);
                cache[part.Value] = term;
            }

            if (term is not null)
            {
                spans.Add(new MatchedSpan(part.Index, part.Length, term));
            }
        }

        return spans;
    }

    // An acronym before a capitalised word, a (capitalised) lower-case word, an acronym, or a run of other letters.
    [GeneratedRegex(@"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|[\p{L}-[\p{Lu}\p{Ll}]]+")]
    private static partial Regex IdentifierPart();
}
