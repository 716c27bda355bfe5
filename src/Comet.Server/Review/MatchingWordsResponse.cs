namespace Comet.Server.Review;

/// <summary>The analysed terms two artifacts share, and where each text spells them.</summary>
/// <param name="SharedTerms">Every shared term, in ordinal order.</param>
/// <param name="Source">Spans of the source text, in text order.</param>
/// <param name="Target">Spans of the target text, in text order.</param>
internal sealed record MatchingWordsResponse(IReadOnlyList<string> SharedTerms, IReadOnlyList<MatchedSpan> Source, IReadOnlyList<MatchedSpan> Target);

/// <summary>Characters [Start, Start + Length) of a text (UTF-16 offsets) analyse to <paramref name="Term"/>.</summary>
internal sealed record MatchedSpan(int Start, int Length, string Term);
