using Comet.Core.Tasks;

namespace Comet.Loading.Tests.Support;

/// <summary>A temp dataset "ds" with sources A, B (folder src) and targets x, y, z (.java files) for gold tests.</summary>
public abstract class GoldFixture : IDisposable
{
    protected GoldFixture()
    {
        foreach (var id in new[] { "A", "B" })
        {
            Folder.Write($"ds/src/{id}.txt", $"source {id}");
        }

        foreach (var id in new[] { "x", "y", "z" })
        {
            Folder.Write($"ds/tgt/{id}.java", $"class {id}");
            Folder.Write($"ds/files/{id}.java", $"class {id}");
        }
    }

    internal TempFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sources A, B and targets x, y, z (stems).</summary>
    protected TraceTask Load(string gold) => Fixture.Load(Folder, Fixture.Manifest(
        """{ "reader": "folder", "path": "src", "id": "stem" }""",
        """{ "reader": "folder", "path": "tgt", "id": "stem" }""",
        gold));

    /// <summary>Sources A, B and targets x.java, y.java, z.java (file names).</summary>
    protected TraceTask LoadWithFileNames(string gold) => Fixture.Load(Folder, Fixture.Manifest(
        """{ "reader": "folder", "path": "src", "id": "stem" }""",
        """{ "reader": "folder", "path": "files" }""",
        gold));
}
