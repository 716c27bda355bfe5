namespace Comet.Server.Tests.Support;

/// <summary>Files of the repository, found by walking up from the test binaries to the folder holding Comet.sln.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Comet.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Comet.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
