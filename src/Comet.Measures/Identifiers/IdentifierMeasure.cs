using Comet.Core.Similarity;

namespace Comet.Measures.Identifiers;

/// <summary>
/// Identifier-mention evidence ("ident"): how strongly a source's text names things a target defines or
/// is named after. A target's names (<see cref="TargetNames"/>) that occur in the source
/// (<see cref="SourceMentions"/>) add idf over the targets, ln(targets / targets holding the name), times
/// the number of words the name spans: a three-word class name said in full is stronger evidence than
/// three words met apart, and a name every target holds adds nothing. The sum is divided by the square
/// root of the target's own total name weight, so long files do not win by offering more names.
/// No shared name gives 0; with one target every idf is 0 and so is every score.
/// </summary>
/// <remarks>
/// Choices measured on the 67 benchmark tasks (mean AP alone / inside hbn with vsm, lsi, js, bm25):
/// phrase weight x words .300 / .411, x 1 .308 / .411, x words squared .293 / .410 (kept x words: level
/// inside the model, where the measure is meant to add what words alone miss); without the division by
/// the target's weight .289 alone.
/// </remarks>
public sealed class IdentifierMeasure : ISimilarityMeasure
{
    public string Name => "ident";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var targets = context.Task.Targets;
        var matrix = context.NewMatrix();
        if (matrix.Rows == 0 || matrix.Columns == 0)
        {
            return matrix;
        }

        var names = new TargetNames(context.Analysis);
        var targetKeys = new IReadOnlyList<(string Key, int Words)>[targets.Count];
        Parallel.For(0, targets.Count, j => targetKeys[j] = names.Of(targets[j]));

        // Postings in target order, so every sum below runs in the same order on every run.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wordsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < targets.Count; j++)
        {
            foreach (var (key, words) in targetKeys[j])
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                    wordsOf[key] = words;
                }

                list.Add(j);
            }
        }

        var weight = postings.ToDictionary(
            p => p.Key, p => Math.Log((double)targets.Count / p.Value.Count) * wordsOf[p.Key], StringComparer.Ordinal);
        var scale = new double[targets.Count];
        for (var j = 0; j < targets.Count; j++)
        {
            var total = targetKeys[j].Sum(k => weight[k.Key]);
            scale[j] = total > 0 ? 1.0 / Math.Sqrt(total) : 0.0;
        }

        Parallel.For(0, matrix.Rows, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            foreach (var key in SourceMentions.Of(context.Task.Sources[i].Text))
            {
                if (postings.TryGetValue(key, out var holders) && weight[key] > 0)
                {
                    foreach (var j in holders)
                    {
                        matrix[i, j] += weight[key] * scale[j];
                    }
                }
            }
        });
        return matrix;
    }
}
