namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// <c>embeddings [speed|eval|chunking|throughput|whole|precision] [--tasks A,B] [--cache DIR] [--limit N] [--rounds R] [--sweep]</c>:
/// speed (default) = model load time, encoding throughput on CCHIT and TeaStore, cold vs warm cache;
/// eval = AP / MAP of every aggregation on every benchmark task beside VSM;
/// chunking = chunk sizes compared on the tasks with long artifacts;
/// precision = fp16 and int8 storage of vectors against an fp64 recomputation: score deviation, Kendall tau, AP per task;
/// whole = the embedding measure with the cache off, old encoder against new, time and AP per task;
/// paths = the same chunks of a written project through one encoder call and through the measure's slices (--folder DIR);
/// throughput = word pieces/s and GFLOP/s of the encoder beside a same-process GEMM rate, old encoder against new (eTour_en by default).
/// </summary>
internal static class EmbeddingsBenchmark
{
    public static int Run(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        switch (options.Mode)
        {
            case "speed":
                SpeedSection.Run();
                return 0;
            case "eval":
                EvaluationSection.Run(options.Tasks ?? EmbeddingTask.AllIds(), options.Cache);
                return 0;
            case "throughput":
                ThroughputSection.Run(options.Tasks ?? ["eTour_en"], options.Limit, options.Sweep, options.Rounds);
                return 0;
            case "paths":
                TracePathSection.Run(options.Folder ?? throw new ArgumentException("paths needs --folder DIR (trace-scaling write DIR 5000)"), options.Limit, options.Rounds);
                return 0;
            case "whole":
                WholeTaskSection.Run(options.Tasks ?? ["eTour_en"]);
                return 0;
            case "precision":
                PrecisionSection.Run(options.Tasks ?? EmbeddingTask.AllIds(), options.Cache);
                return 0;
            case "chunking":
                ChunkingSection.Run(options.Tasks ?? ChunkingSection.LongArtifactTasks, options.Cache);
                return 0;
            default:
                Console.WriteLine("usage: embeddings [speed|eval|chunking|throughput|paths|whole|precision] [--tasks A,B] [--cache DIR] [--limit N] [--rounds R] [--sweep] [--folder DIR]");
                return 2;
        }
    }
}
