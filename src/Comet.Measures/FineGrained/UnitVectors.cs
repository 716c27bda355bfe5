using Comet.Measures.Lexical;
using Comet.Preprocessing;

namespace Comet.Measures.FineGrained;

/// <summary>
/// One artifact's units as unit-length tf-idf vectors over the task's vocabulary, weighted with the
/// whole-document idf (a unit is too small a document for its own collection statistics). Units with
/// fewer than a minimum of terms join the next one, so a heading or a getter does not become a
/// unit that matches anything sharing its one word; an artifact whose units all vanish keeps none and
/// scores 0.
/// </summary>
internal sealed class UnitVectors
{
    private UnitVectors(TermVector[] units, double[][] weights)
    {
        Units = units;
        Weights = weights;
    }

    public IReadOnlyList<TermVector> Units { get; }

    /// <summary>Weights aligned with each unit's <see cref="TermVector.TermIds"/>.</summary>
    public IReadOnlyList<double[]> Weights { get; }

    public int Count => Units.Count;

    public static UnitVectors Of(IReadOnlyList<string> texts, int minTerms, TextAnalyzer analyzer, Vocabulary vocabulary, double[] idf)
    {
        var units = new List<TermVector>();
        var pending = new List<int>();
        foreach (var text in texts)
        {
            // Terms the whole-document analysis never saw (a word cut differently at a unit's edge) are
            // dropped: their idf is unknown and they are too rare to matter.
            pending.AddRange(analyzer.Terms(text).Select(vocabulary.IndexOf).Where(id => id >= 0));
            if (pending.Count >= minTerms)
            {
                units.Add(TermVector.FromTerms(pending));
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            // A short tail joins the unit before it; alone it is the artifact's only unit.
            if (units.Count > 0)
            {
                var last = units[^1];
                pending.AddRange(last.TermIds.SelectMany((id, k) => Enumerable.Repeat(id, (int)last.Counts[k])));
                units[^1] = TermVector.FromTerms(pending);
            }
            else
            {
                units.Add(TermVector.FromTerms(pending));
            }
        }

        return new UnitVectors([.. units], [.. units.Select(u => TfIdfWeighting.Weigh(u, idf))]);
    }
}
