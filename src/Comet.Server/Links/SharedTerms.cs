using Comet.Preprocessing;

namespace Comet.Server.Links;

/// <summary>The terms two texts share after the pipeline's own analysis chain (so "logging" and "Logger" meet as "log").</summary>
internal static class SharedTerms
{
    public static IReadOnlyList<SharedTerm> Find(string sourceText, string targetText, IReadOnlyList<string> languages, int top)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = languages });
        var source = Count(analyzer.Terms(sourceText));
        var target = Count(analyzer.Terms(targetText));
        return [.. source.Keys.Where(target.ContainsKey)
            .Select(t => new SharedTerm(t, source[t], target[t]))
            .OrderByDescending(s => Math.Min(s.SourceCount, s.TargetCount))
            .ThenBy(s => s.Term, StringComparer.Ordinal)
            .Take(top)];
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }
}
