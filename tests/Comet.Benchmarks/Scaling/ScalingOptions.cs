namespace Comet.Benchmarks.Scaling;

/// <summary>Options of <see cref="TraceScalingBenchmark"/>; see its remarks.</summary>
internal sealed record ScalingOptions(int[] Sizes, int Sources, string? Measures, string Cli, string Data, int TimeoutSeconds, int Seed)
{
    public static ScalingOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
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

    /// <summary>The folder holding Comet.sln, found upwards from the working directory.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Comet.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (Comet.sln not found above the working directory)");
    }
}
