using Comet.Loading.Readers.Documents;

namespace Comet.Benchmarks.RealRepos;

/// <summary>StrictDoc .sdoc nodes of every file below the folder, read by the product's reader (<see cref="SdocNodes"/>): what `comet trace` reads from the same files.</summary>
internal sealed class SdocRequirementReader(string folder) : IRequirementReader
{
    public string Describe => $"{folder}/**/*.sdoc: nodes with a UID (not sections or text), fields {string.Join(", ", SdocNodes.ProseFields.Order(StringComparer.Ordinal))}";

    public IReadOnlyList<Requirement> Read(string checkout)
    {
        var root = Path.Combine(checkout, folder);
        return Directory.EnumerateFiles(root, "*.sdoc", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(File.ReadAllLines(path)))
            .ToList();
    }

    /// <summary>Parses one .sdoc file's lines into its requirements, in file order (the product's reader, <see cref="SdocNodes"/>).</summary>
    public static IEnumerable<Requirement> Parse(IReadOnlyList<string> lines) =>
        SdocNodes.Parse(lines).Select(item => new Requirement(item.Id, item.Text));
}
