namespace Comet.Measures.Embeddings.Similarity;

/// <summary>
/// How many artifacts with words an embedding run served wholly from earlier encodings (the cache, or a
/// repeat of a text met earlier in the run) and how many needed at least one new encoding: the number a
/// user of an incremental trace wants ("4,999 of 5,000 reused whole, 1 with new text encoded").
/// Artifacts without words own no chunk and are not counted.
/// </summary>
internal readonly record struct ArtifactReuse(int Artifacts, int Whole)
{
    public static ArtifactReuse Count(IReadOnlySet<string> encoded, params ChunkedArtifacts[] sides)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var artifacts = 0;
        var whole = 0;
        foreach (var side in sides)
        {
            for (var a = 0; a < side.ArtifactCount; a++)
            {
                var (start, length) = side.RowsOf(a).GetOffsetAndLength(side.Texts.Count);
                if (length == 0)
                {
                    continue;
                }

                artifacts++;
                var reused = true;
                for (var row = start; row < start + length && reused; row++)
                {
                    reused = !encoded.Contains(side.Texts[row]);
                }

                whole += reused ? 1 : 0;
            }
        }

        return new ArtifactReuse(artifacts, whole);
    }
}
