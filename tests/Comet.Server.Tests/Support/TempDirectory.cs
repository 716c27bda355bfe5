using Microsoft.Data.Sqlite;

namespace Comet.Server.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose (SQLite pools released first).</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "comet-server-tests", System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process killed by a test may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
