namespace Comet.VectorSearch.Selection;

/// <summary>
/// Keeps the best <c>capacity</c> (score, index) pairs offered so far. A binary heap with the
/// worst kept pair at the root, so a candidate is tested against one number
/// (<see cref="Threshold"/>) and only the rare improvement pays a log(k) sift.
/// </summary>
internal sealed class TopKHeap
{
    private readonly float[] _scores;
    private readonly int[] _indices;
    private int _count;

    public TopKHeap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _scores = new float[capacity];
        _indices = new int[capacity];
    }

    public int Capacity => _scores.Length;

    public int Count => _count;

    /// <summary>
    /// Scores below this can never enter. Equal scores may still enter (by lower index), so callers
    /// pre-filter with <c>score &gt;= Threshold</c> and let <see cref="Offer"/> decide ties.
    /// </summary>
    public float Threshold => _count < _scores.Length ? float.NegativeInfinity : _scores[0];

    public void Clear() => _count = 0;

    public void Offer(float score, int index)
    {
        if (_count < _scores.Length)
        {
            SiftUp(_count++, score, index);
        }
        else if (NeighborOrder.IsBetter(score, index, _scores[0], _indices[0]))
        {
            SiftDown(0, score, index);
        }
    }

    /// <summary>Writes the kept pairs best-first into <paramref name="destination"/> and clears the heap.</summary>
    public void DrainBestFirst(Span<Neighbor> destination)
    {
        if (destination.Length != _count)
        {
            throw new ArgumentException($"Expected room for {_count} neighbours, got {destination.Length}.", nameof(destination));
        }

        // Repeatedly removing the root yields worst-first, so fill from the back.
        for (var slot = _count - 1; slot >= 0; slot--)
        {
            destination[slot] = new Neighbor(_indices[0], _scores[0]);
            _count--;
            if (_count > 0)
            {
                SiftDown(0, _scores[_count], _indices[_count]);
            }
        }
    }

    private static bool IsWorse(float scoreA, int indexA, float scoreB, int indexB) =>
        NeighborOrder.IsBetter(scoreB, indexB, scoreA, indexA);

    private void SiftUp(int position, float score, int index)
    {
        while (position > 0)
        {
            var parent = (position - 1) >> 1;
            if (!IsWorse(score, index, _scores[parent], _indices[parent]))
            {
                break;
            }

            _scores[position] = _scores[parent];
            _indices[position] = _indices[parent];
            position = parent;
        }

        _scores[position] = score;
        _indices[position] = index;
    }

    private void SiftDown(int position, float score, int index)
    {
        while (true)
        {
            var child = (2 * position) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && IsWorse(_scores[child + 1], _indices[child + 1], _scores[child], _indices[child]))
            {
                child++;
            }

            if (!IsWorse(_scores[child], _indices[child], score, index))
            {
                break;
            }

            _scores[position] = _scores[child];
            _indices[position] = _indices[child];
            position = child;
        }

        _scores[position] = score;
        _indices[position] = index;
    }
}
