using System.Globalization;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>
/// Options of the vector-search benchmark. Defaults are the full size: 10k queries x 100k corpus
/// x 384 dimensions (all-MiniLM-L6-v2 vectors); --quick shrinks to 1k x 10k. --ilgpu-cpu runs the
/// GPU section on ILGPU's CPU accelerator, to check the benchmark itself on a machine without a GPU
/// (use tiny sizes: it is very slow).
/// </summary>
internal sealed record BenchmarkArguments(
    int Queries,
    int Corpus,
    int Dimensions,
    int K,
    int Seed,
    bool SkipHnsw,
    bool SkipGpu,
    bool SkipCpu,
    bool IlgpuCpu)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        int? queries = null, corpus = null;
        int dimensions = 384, k = 10, seed = 20240607;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--queries": queries = Number(args, ++i); break;
                case "--corpus": corpus = Number(args, ++i); break;
                case "--dim": dimensions = Number(args, ++i); break;
                case "--k": k = Number(args, ++i); break;
                case "--seed": seed = Number(args, ++i); break;
                case "--quick" or "--skip-hnsw" or "--skip-gpu" or "--skip-cpu" or "--ilgpu-cpu": break;
                default: throw new ArgumentException($"Unknown option {args[i]}.", nameof(args));
            }
        }

        return new BenchmarkArguments(
            queries ?? (quick ? 1_000 : 10_000),
            corpus ?? (quick ? 10_000 : 100_000),
            dimensions,
            k,
            seed,
            args.Contains("--skip-hnsw"),
            args.Contains("--skip-gpu"),
            args.Contains("--skip-cpu"),
            args.Contains("--ilgpu-cpu"));
    }

    /// <summary>Query-corpus pairs scored by one exact top-k pass.</summary>
    public double Pairs => (double)Queries * Corpus;

    /// <summary>Floating-point operations of one exact pass: a multiply and an add per dimension per pair.</summary>
    public double Flops => Pairs * 2 * Dimensions;

    private static int Number(string[] args, int index) =>
        index < args.Length
            ? int.Parse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture)
            : throw new ArgumentException($"Option {args[index - 1]} needs a number.", nameof(args));
}
