using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Comet.Preprocessing.StopWords;

/// <summary>Builds the lower-case stop set for a combination of languages and code keywords.</summary>
public static class StopWordSets
{
    public static CharArraySet For(IEnumerable<string> languages, bool includeCodeKeywords)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 512, ignoreCase: true);
        foreach (var language in languages)
        {
            switch (language)
            {
                case "en":
                    set.UnionWith(EnglishStopWords.Words);
                    break;
                case "it":
                    // Lucene's Italian list is the Snowball one (articles, prepositions, forms of essere/avere).
                    set.UnionWith(ItalianAnalyzer.DefaultStopSet);
                    break;
                default:
                    throw new ArgumentException($"Unsupported language '{language}'.", nameof(languages));
            }
        }

        if (includeCodeKeywords)
        {
            set.UnionWith(CodeKeywords.Java);
            set.UnionWith(CodeKeywords.C);
        }

        return set.AsReadOnly();
    }
}
