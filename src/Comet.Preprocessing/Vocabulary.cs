namespace Comet.Preprocessing;

/// <summary>Term strings and their ids (dense, 0-based, in order of first appearance). Not thread-safe while growing.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public int Count => _terms.Count;

    public IReadOnlyList<string> Terms => _terms;

    public int GetOrAdd(string term)
    {
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _terms.Count;
        _ids[term] = id;
        _terms.Add(term);
        return id;
    }

    public int IndexOf(string term) => _ids.TryGetValue(term, out var id) ? id : -1;
}
