using Comet.Loading.Readers.Documents;

namespace Comet.Loading.Projects;

/// <summary>A file read as the items it holds: its folder's role, its path relative to that folder, its format and how many items it gave.</summary>
public sealed record ItemDocument(ProjectFolderRole Role, string Path, RequirementFormat Format, int Items);
