namespace Comet.Preprocessing.StopWords;

/// <summary>
/// English function words. Lucene's default English set has only 33 words, which leaves pronouns and
/// modal verbs ("shall", "should", "which") that fill every requirement and link nothing.
/// </summary>
internal static class EnglishStopWords
{
    public static readonly string[] Words =
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "else", "etc", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "ie", "if", "in",
        "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my",
        "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
        "other", "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "same",
        "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
        "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
        "were", "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
        "yourselves", "eg",
    ];
}
