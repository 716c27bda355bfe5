namespace Comet.Measures.Embeddings.Similarity;

/// <summary>
/// The chunks of an ordered list of artifacts, flattened: artifact <c>a</c> owns chunk rows
/// <see cref="RowsOf"/>(a); an artifact without words owns none.
/// </summary>
internal sealed class ChunkedArtifacts
{
    private readonly int[] _firstRow;

    public ChunkedArtifacts(IReadOnlyList<IReadOnlyList<string>> chunksPerArtifact)
    {
        ArgumentNullException.ThrowIfNull(chunksPerArtifact);
        _firstRow = new int[chunksPerArtifact.Count + 1];
        var texts = new List<string>();
        for (var a = 0; a < chunksPerArtifact.Count; a++)
        {
            _firstRow[a] = texts.Count;
            texts.AddRange(chunksPerArtifact[a]);
        }

        _firstRow[^1] = texts.Count;
        Texts = texts;
    }

    /// <summary>Every chunk's text, artifact by artifact.</summary>
    public IReadOnlyList<string> Texts { get; }

    public int ArtifactCount => _firstRow.Length - 1;

    public Range RowsOf(int artifact) => _firstRow[artifact].._firstRow[artifact + 1];
}
