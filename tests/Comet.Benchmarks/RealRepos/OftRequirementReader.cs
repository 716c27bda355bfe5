using Comet.Loading.Readers.Documents;

namespace Comet.Benchmarks.RealRepos;

/// <summary>OpenFastTrace Markdown items of every file below the folder, read by the product's reader (<see cref="OftItems"/>): what `comet trace` reads from the same files.</summary>
internal sealed class OftRequirementReader(string folder) : IRequirementReader
{
    public string Describe => $"{folder}/**/*.md: OpenFastTrace items (`type~name~revision` under a heading), text = title + description, rationale, comment";

    public IReadOnlyList<Requirement> Read(string checkout)
    {
        var root = Path.Combine(checkout, folder);
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(File.ReadAllLines(path)))
            .ToList();
    }

    /// <summary>Parses one Markdown file's lines into its items, in file order (the product's reader, <see cref="OftItems"/>).</summary>
    public static IEnumerable<Requirement> Parse(IReadOnlyList<string> lines) =>
        OftItems.Parse(lines).Select(item => new Requirement(item.Id, item.Text));
}
