using Comet.Core.Tasks;
using Comet.Loading.Catalog;

namespace Comet.Loading.Tests.Support;

/// <summary>Loads a task of a manifest written in the test, over files in a temp folder (dataset folder "ds").</summary>
internal static class Fixture
{
    public static TraceTask Load(TempFolder folder, string manifestJson, string taskId = "t") =>
        DatasetCatalog.FromJson([manifestJson]).Load(taskId, folder.Root);

    /// <summary>A manifest with one task "t" from set "s" to set "g", given the two sets' readers and the gold.</summary>
    public static string Manifest(string sourceReaders, string targetReaders, string gold) => $$"""
        {
          "name": "fixture", "folder": "ds",
          "artifactSets": {
            "s": { "kind": "Requirement", "from": [ {{sourceReaders}} ] },
            "g": { "kind": "Source", "from": [ {{targetReaders}} ] }
          },
          "tasks": [ { "id": "t", "sources": "s", "targets": "g", "gold": {{gold}} } ]
        }
        """;
}
