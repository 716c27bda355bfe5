using Comet.Loading.Ids;

namespace Comet.Loading.Manifests;

/// <summary>
/// Settings of one artifact reader. Which fields matter depends on <see cref="Reader"/>:
/// <list type="bullet">
/// <item><c>folder</c>: one file per artifact; <see cref="Pattern"/>, <see cref="Recursive"/>, <see cref="Id"/>.</item>
/// <item><c>coest-xml</c>: CoEST artifact list; <see cref="Content"/> (external paths or inline text).</item>
/// <item><c>poirot-xml</c>: old Poirot list (<c>art_id</c>/<c>art_title</c>).</item>
/// <item><c>delimited</c>: CSV/TSV rows; <see cref="Delimiter"/>, <see cref="Header"/>, <see cref="IdColumn"/>,
/// <see cref="TextColumns"/>, <see cref="MaxFields"/>, <see cref="IdIsFirstWord"/>.</item>
/// <item><c>lines</c>: one artifact per line of one file, id = 1-based line number.</item>
/// </list>
/// </summary>
internal sealed class ArtifactReaderManifest
{
    public required string Reader { get; init; }

    /// <summary>File or folder, relative to the dataset folder (case-insensitive).</summary>
    public required string Path { get; init; }

    /// <summary>File-name glob for <c>folder</c> (default <c>*</c>).</summary>
    public string Pattern { get; init; } = "*";

    public bool Recursive { get; init; }

    /// <summary>Folder ids: "file-name" (default, extension kept), "stem" (extension removed), "relative-path".</summary>
    public string Id { get; init; } = FolderIds.FileName;

    /// <summary>coest-xml: "external" or "inline"; unset = the file's <c>content_location</c>, else inline.</summary>
    public string? Content { get; init; }

    public string Delimiter { get; init; } = ",";

    public bool Header { get; init; }

    public int IdColumn { get; init; }

    public IReadOnlyList<int> TextColumns { get; init; } = [1];

    /// <summary>Split a row into at most this many fields; the last one keeps the rest of the row.</summary>
    public int? MaxFields { get; init; }

    /// <summary>The id is the first word of the id column; the rest of that column starts the text.</summary>
    public bool IdIsFirstWord { get; init; }

    public IdRules IdRules { get; init; } = IdRules.None;
}
