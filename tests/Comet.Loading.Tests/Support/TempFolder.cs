using System.Text;

namespace Comet.Loading.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose; fixtures are written into it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("comet-loading-").FullName;

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CreateFolder(string relativePath) => Directory.CreateDirectory(Path.Combine(Root, relativePath)).FullName;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
