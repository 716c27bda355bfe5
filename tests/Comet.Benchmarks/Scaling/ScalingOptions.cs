using Comet.Core;

namespace Comet.Benchmarks.Scaling;

/// <summary>Options of <see cref="TraceScalingBenchmark"/>; see its remarks.</summary>
/// <param name="Incremental">--incremental: per size a cold, a warm and a one-file-changed trace sharing one cache folder (issue 20).</param>
internal sealed record ScalingOptions(int[] Sizes, int Sources, string? Measures, string Cli, string Data, int TimeoutSeconds, int Seed, bool Incremental = false)
{
    public static ScalingOptions Parse(string[] args)
    {
        // From the working directory: the benchmark is run from inside the repository it measures.
        var root = RepoRoot.FindAbove(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException($"run from inside the repository ({RepoRoot.SolutionFile} not found above the working directory)");
        var options = new ScalingOptions(
            [1000, 5000, 20000, 100000],
            50,
            null,
            Path.Combine(root, "src", "Comet.Cli", "bin", "Release", "net10.0", "comet.dll"),
            Environment.GetEnvironmentVariable("COMET_DATA") ?? Path.Combine(root, "..", "shared", "datasets"),
            1800,
            1);
        for (var i = 0; i < args.Length; i += 2)
        {
            // The one flag without a value.
            if (args[i] == "--incremental")
            {
                options = options with { Incremental = true };
                i--;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = [.. value.Split(',').Select(int.Parse)] },
                "--sources" => options with { Sources = int.Parse(value) },
                "--measures" => options with { Measures = value },
                "--cli" => options with { Cli = Path.GetFullPath(value) },
                "--data" => options with { Data = value },
                "--timeout" => options with { TimeoutSeconds = int.Parse(value) },
                "--seed" => options with { Seed = int.Parse(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
