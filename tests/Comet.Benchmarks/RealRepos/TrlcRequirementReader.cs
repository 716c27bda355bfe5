namespace Comet.Benchmarks.RealRepos;

/// <summary>TRLC records of every .trlc file below the folder, read by the product's reader (<see cref="Comet.Loading.Readers.Documents.TrlcRecords"/>): what `comet trace` reads from the same files.</summary>
internal sealed class TrlcRequirementReader(string folder) : IRequirementReader
{
    public string Describe => $"{folder}/**/*.trlc: records as package.Name, text = their string fields";

    public IReadOnlyList<Requirement> Read(string checkout)
    {
        var root = Path.Combine(checkout, folder);
        return Directory.EnumerateFiles(root, "*.trlc", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>Parses one .trlc file into its records, in file order (the product's reader).</summary>
    public static IEnumerable<Requirement> Parse(string content) =>
        Comet.Loading.Readers.Documents.TrlcRecords.Parse(content).Select(item => new Requirement(item.Id, item.Text));
}
