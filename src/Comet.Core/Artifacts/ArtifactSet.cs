using System.Collections;

namespace Comet.Core.Artifacts;

/// <summary>
/// An ordered, immutable collection of artifacts with unique ids. The order is the one given at
/// construction; it fixes row and column order of similarity matrices.
/// </summary>
public sealed class ArtifactSet : IReadOnlyList<Artifact>
{
    private readonly Artifact[] _items;
    private readonly Dictionary<string, int> _indexById;

    public ArtifactSet(string name, IEnumerable<Artifact> artifacts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _items = artifacts.ToArray();
        _indexById = IdPositions.Of(Array.ConvertAll(_items, a => a.Id), $"Artifact set '{name}'");
    }

    /// <summary>Name of the set, e.g. "requirements" or "source".</summary>
    public string Name { get; }

    public int Count => _items.Length;

    public Artifact this[int index] => _items[index];

    public IEnumerable<string> Ids => _items.Select(a => a.Id);

    public bool Contains(string id) => _indexById.ContainsKey(id);

    /// <summary>Position of the artifact with this id, or -1.</summary>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out var i) ? i : -1;

    public Artifact? Find(string id) => _indexById.TryGetValue(id, out var i) ? _items[i] : null;

    public IEnumerator<Artifact> GetEnumerator() => ((IEnumerable<Artifact>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
