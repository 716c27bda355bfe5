namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// Arguments of the embeddings benchmark: <c>[speed|eval|chunking|throughput|whole|precision] [--tasks A,B] [--cache DIR] [--limit N] [--rounds R] [--sweep]</c>.
/// </summary>
internal sealed record BenchmarkOptions(string Mode, IReadOnlyList<string>? Tasks, string? Cache)
{
    /// <summary>throughput: most distinct chunks encoded per encoder. Default 300.</summary>
    public int Limit { get; init; } = 300;

    /// <summary>throughput: interleaved rounds (medians are printed). Default 3.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>throughput: also compare ONNX Runtime settings (threads, optimisation, arena, batch size).</summary>
    public bool Sweep { get; init; }

    /// <summary>paths: a written project folder (requirements/, code/) whose chunks are encoded.</summary>
    public string? Folder { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "speed";
        IReadOnlyList<string>? tasks = null;
        string? cache = null;
        var limit = 300;
        var rounds = 3;
        string? folder = null;
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
                case "--rounds":
                    rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--folder":
                    folder = args[i + 1];
                    break;
                case "--limit":
                    limit = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        return new BenchmarkOptions(mode, tasks, cache) { Limit = limit, Rounds = rounds, Folder = folder, Sweep = args.Contains("--sweep") };
    }
}
