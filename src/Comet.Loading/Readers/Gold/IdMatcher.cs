using Comet.Core.Artifacts;

namespace Comet.Loading.Readers.Gold;

/// <summary>Finds the artifact id a gold id means: exact first, else (if allowed) the unique id equal ignoring case.</summary>
internal sealed class IdMatcher
{
    private readonly ArtifactSet _set;
    private readonly Dictionary<string, string?>? _byCaselessId;

    public IdMatcher(ArtifactSet set, bool ignoreCase)
    {
        _set = set;
        if (ignoreCase)
        {
            _byCaselessId = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in set.Ids)
            {
                // Two ids that differ only in case make the caseless lookup ambiguous: keep neither.
                _byCaselessId[id] = _byCaselessId.ContainsKey(id) ? null : id;
            }
        }
    }

    public string? Match(string id)
    {
        if (_set.Contains(id))
        {
            return id;
        }

        return _byCaselessId is not null && _byCaselessId.TryGetValue(id, out var match) ? match : null;
    }

    /// <summary>Every id below a folder path such as <c>services/webui/</c>, in set order.</summary>
    public IReadOnlyList<string> MatchFolder(string folder)
    {
        var comparison = _byCaselessId is null ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return _set.Ids.Where(id => id.StartsWith(folder, comparison)).ToList();
    }
}
