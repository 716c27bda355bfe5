using Comet.Measures.Lexical;
using Comet.Preprocessing;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Latent;

/// <summary>
/// The sparse documents x terms matrix of a corpus: rows are the sources in task order, then the
/// targets; columns are vocabulary ids. Factorisations (LSI, NMF) run on sources and targets together
/// so that both live in the same latent space.
/// </summary>
public static class DocumentTermMatrix
{
    public static SparseMatrix Build(AnalyzedCorpus corpus, TermWeighting weighting)
    {
        var rows = WeightedRows(corpus, weighting);
        var cells = new List<Tuple<int, int, double>>();
        for (var row = 0; row < rows.Count; row++)
        {
            var (document, values) = rows[row];
            for (var k = 0; k < document.TermIds.Length; k++)
            {
                cells.Add(Tuple.Create(row, document.TermIds[k], values[k]));
            }
        }

        // At least one column so that an all-empty corpus still gives a valid (all-zero) matrix.
        return SparseMatrix.OfIndexed(corpus.DocumentCount, Math.Max(1, corpus.Vocabulary.Count), cells);
    }

    /// <summary>Each document with its cell values aligned with <see cref="TermVector.TermIds"/>.</summary>
    public static IReadOnlyList<(TermVector Document, double[] Values)> WeightedRows(AnalyzedCorpus corpus, TermWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var idf = weighting == TermWeighting.TfIdf ? TfIdfWeighting.InverseDocumentFrequency(corpus) : null;
        return Documents(corpus).Select(d => (d, idf is null ? d.Counts : TfIdfWeighting.Weigh(d, idf))).ToArray();
    }

    /// <summary>Sources, then targets: the row order of every matrix built here.</summary>
    public static IEnumerable<TermVector> Documents(AnalyzedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Sources.Concat(corpus.Targets);
    }

    /// <summary>The rows of <paramref name="documents"/> that belong to sources, then to targets.</summary>
    public static (Matrix<double> Sources, Matrix<double> Targets) Split(Matrix<double> documents, AnalyzedCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(corpus);
        var s = corpus.Sources.Count;
        var t = corpus.Targets.Count;
        return (documents.SubMatrix(0, s, 0, documents.ColumnCount), documents.SubMatrix(s, t, 0, documents.ColumnCount));
    }
}
