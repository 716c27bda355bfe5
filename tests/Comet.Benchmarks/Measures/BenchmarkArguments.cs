namespace Comet.Benchmarks.Measures;

/// <summary>Options of the measures benchmark (see <see cref="MeasuresBenchmark"/>).</summary>
internal sealed record BenchmarkArguments(IReadOnlyList<string>? Datasets, IReadOnlyList<string>? Measures, string Largest, string? Tune)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        string? tune = null;
        IReadOnlyList<string>? datasets = null, measures = null;
        var largest = "CCHIT";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--dataset": datasets = List(value); break;
                case "--measures": measures = List(value); break;
                case "--largest": largest = value; break;
                case "--tune": tune = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        return new BenchmarkArguments(datasets, measures, largest, tune);
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
