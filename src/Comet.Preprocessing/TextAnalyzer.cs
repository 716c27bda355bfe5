using Comet.Preprocessing.StopWords;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using System.Text.RegularExpressions;

namespace Comet.Preprocessing;

/// <summary>
/// The analysis chain every text measure shares, built from Lucene.Net components:
/// letter runs (digits and punctuation split tokens) -> identifier parts (camelCase, snake_case,
/// acronym boundaries) -> lower case -> minimum length -> stop words -> Snowball stemming per language.
/// Immutable and thread-safe: Lucene reuses token streams per thread.
/// </summary>
public sealed class TextAnalyzer : IDisposable
{
    // Lucene's WordDelimiterFilter splits lower->upper ("centerPanel") but not the end of an acronym
    // ("HTTPServer"), and its PatternReplaceCharFilter mishandles zero-width matches, so a space is
    // inserted before the last capital of an acronym that is followed by lower case, here.
    private static readonly Regex AcronymEnd = new(@"(?<=\p{Lu})(?=\p{Lu}\p{Ll})", RegexOptions.Compiled);

    private readonly LuceneChain _chain;

    public TextAnalyzer(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _chain = new LuceneChain(options);
    }

    public AnalysisOptions Options { get; }

    /// <summary>The terms of <paramref name="text"/> in order of occurrence.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        using var stream = _chain.GetTokenStream("text", new StringReader(AcronymEnd.Replace(text, " ")));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose() => _chain.Dispose();

    private sealed class LuceneChain(AnalysisOptions options) : Analyzer
    {
        // Split on case changes only: LetterTokenizer already split on digits, '_' and punctuation.
        private const WordDelimiterFlags IdentifierFlags =
            WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.SPLIT_ON_CASE_CHANGE;

        private readonly Lucene.Net.Analysis.Util.CharArraySet _stopWords =
            StopWordSets.For(options.Languages, options.RemoveCodeKeywords);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new LetterTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream sink = new WordDelimiterFilter(LuceneVersion.LUCENE_48, source, IdentifierFlags, null);
            sink = new LowerCaseFilter(LuceneVersion.LUCENE_48, sink);
            sink = new LengthFilter(LuceneVersion.LUCENE_48, sink, options.MinTokenLength, int.MaxValue);
            sink = new StopFilter(LuceneVersion.LUCENE_48, sink, _stopWords);
            if (options.Stem)
            {
                // Mixed corpora (English use cases, Italian code) are stemmed English first, then Italian,
                // as COMET did; each stemmer leaves words of the other language mostly intact.
                foreach (var language in options.Languages)
                {
                    sink = new SnowballFilter(sink, language == "it" ? new ItalianStemmer() : new EnglishStemmer());
                }
            }

            return new TokenStreamComponents(source, sink);
        }
    }
}
