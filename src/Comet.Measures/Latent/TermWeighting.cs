namespace Comet.Measures.Latent;

/// <summary>Cell values of a document-term matrix.</summary>
public enum TermWeighting
{
    /// <summary>Raw term counts (what COMET's LSI factorised).</summary>
    Counts,

    /// <summary>Unit-length tf-idf rows, as <see cref="Lexical.TfIdfWeighting"/> (what the VSM measure uses).</summary>
    TfIdf,
}
