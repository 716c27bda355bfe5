namespace Comet.Measures.Identifiers;

/// <summary>
/// Which targets hold each name key, and what a mention of it is worth to each: ln(targets / targets
/// holding it) times the words it spans, divided by the square root of the target's total name weight
/// (so a long file does not win by offering more names). Postings are in target order, so every sum
/// runs in the same order on every run.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly double[] _scale;

    public NameIndex(IReadOnlyList<IReadOnlyList<(string Key, int Words)>> targetKeys)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < targetKeys.Count; j++)
        {
            foreach (var (key, count) in targetKeys[j])
            {
                if (!_postings.TryGetValue(key, out var holders))
                {
                    _postings[key] = holders = [];
                    words[key] = count;
                }

                holders.Add(j);
            }
        }

        foreach (var (key, holders) in _postings)
        {
            _weights[key] = Math.Log((double)targetKeys.Count / holders.Count) * words[key];
        }

        _scale = new double[targetKeys.Count];
        for (var j = 0; j < targetKeys.Count; j++)
        {
            var total = targetKeys[j].Sum(k => _weights[k.Key]);
            _scale[j] = total > 0 ? 1.0 / Math.Sqrt(total) : 0.0;
        }
    }

    /// <summary>Adds <paramref name="factor"/> x each mentioned key's worth to the targets holding it.</summary>
    public void Score(IReadOnlyList<string> mentions, double factor, Span<double> row)
    {
        foreach (var key in mentions)
        {
            if (_postings.TryGetValue(key, out var holders) && _weights[key] > 0)
            {
                foreach (var j in holders)
                {
                    row[j] += factor * _weights[key] * _scale[j];
                }
            }
        }
    }
}
