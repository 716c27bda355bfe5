using Comet.Core.Links;

namespace Comet.Loading.Readers.Gold;

/// <summary>Gold rows mapped onto artifact ids.</summary>
/// <param name="Links">Unique links whose two ends exist, in file order.</param>
/// <param name="Missing">Unique links with an end that is not an artifact (ids after the id rules).</param>
/// <param name="DuplicateRows">Rows (or folder expansions) that repeat an earlier link.</param>
/// <param name="FolderRows">Rows whose target was a folder.</param>
/// <param name="FolderLinks">Links those rows expanded to (before de-duplication).</param>
internal sealed record ResolvedLinks(
    IReadOnlyList<TraceLink> Links,
    IReadOnlyList<TraceLink> Missing,
    int DuplicateRows,
    int FolderRows,
    int FolderLinks);
