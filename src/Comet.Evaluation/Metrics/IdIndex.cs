namespace Comet.Evaluation.Metrics;

/// <summary>Dense integer ids for strings, each with a "belongs to the candidate space" flag.</summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly List<bool> _isCandidate = [];

    public int Count => _isCandidate.Count;

    public int GetOrAdd(string id)
    {
        if (!_indexById.TryGetValue(id, out var index))
        {
            index = _isCandidate.Count;
            _indexById.Add(id, index);
            _isCandidate.Add(false);
        }

        return index;
    }

    public bool IsCandidate(int index) => _isCandidate[index];

    public void MarkCandidate(int index) => _isCandidate[index] = true;

    /// <summary>One key per (source, target) index pair.</summary>
    public static long PairKey(int source, int target) => ((long)source << 32) | (uint)target;

    /// <summary>A set of pair keys with a mixing hash.</summary>
    public static HashSet<long> NewPairSet(int capacity) => new(capacity, PairKeyComparer.Instance);

    /// <summary>
    /// long.GetHashCode() xors the two halves, so the keys of small source and target indices collide
    /// massively (1000 x 1000 pairs share 1024 hash codes); a multiplicative mix spreads them.
    /// </summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static PairKeyComparer Instance { get; } = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
