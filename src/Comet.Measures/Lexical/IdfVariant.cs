namespace Comet.Measures.Lexical;

/// <summary>
/// How inverse document frequency is computed. Measured on all 67 benchmark tasks with VSM
/// (docs/results/CHANGELOG.md): mean AP .379 (plain) vs .376 (smoothed), mean MAP .594 vs .597;
/// plain reproduces the published VSM numbers of LibEST and EBT (TRIAD, which used gensim) within
/// 2-3 points, where smoothed falls 5-6 points short on LibEST.
/// </summary>
public enum IdfVariant
{
    /// <summary>ln(N / df), as gensim and the original COMET pipeline: a term in every document weighs 0.</summary>
    Plain,

    /// <summary>ln((1 + N) / (1 + df)) + 1, as scikit-learn: such a term keeps a small weight.</summary>
    Smoothed,
}
