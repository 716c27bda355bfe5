namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// Arguments of the embeddings benchmark: <c>[speed|eval|chunking] [--tasks A,B] [--cache DIR]</c>.
/// </summary>
internal sealed record BenchmarkOptions(string Mode, IReadOnlyList<string>? Tasks, string? Cache)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "speed";
        IReadOnlyList<string>? tasks = null;
        string? cache = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--tasks":
                    tasks = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--cache":
                    cache = args[i + 1];
                    break;
            }
        }

        return new BenchmarkOptions(mode, tasks, cache);
    }
}
