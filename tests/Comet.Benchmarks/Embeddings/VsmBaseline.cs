using System.Text.Json;
using Comet.Core;

namespace Comet.Benchmarks.Embeddings;

/// <summary>VSM's committed AP / MAP per task (docs/results/vsm.json), to print beside the embedding's.</summary>
internal static class VsmBaseline
{
    public static IReadOnlyDictionary<string, (double Ap, double Map)> Load()
    {
        var path = FindResults();
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var row in document.RootElement.EnumerateArray())
        {
            if (row.GetProperty("run").GetString() == "vsm")
            {
                result[row.GetProperty("dataset").GetString()!] = (row.GetProperty("ap").GetDouble(), row.GetProperty("map").GetDouble());
            }
        }

        return result;
    }

    private static string FindResults()
    {
        var results = Path.Combine(RepoRoot.AboveBinaries(), "docs", "results", "vsm.json");
        return File.Exists(results) ? results : throw new FileNotFoundException("docs/results/vsm.json not found", results);
    }
}
