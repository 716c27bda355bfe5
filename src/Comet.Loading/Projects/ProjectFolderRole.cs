namespace Comet.Loading.Projects;

/// <summary>What a folder of a user's project holds; decides set names and artifact kinds.</summary>
public enum ProjectFolderRole
{
    Sources,
    Targets,
    Tests,
}
