using System.Globalization;
using Comet.Benchmarks.Measures;
using Comet.Core.Similarity;
using Comet.Evaluation.Metrics;
using Comet.Measures.Embeddings.Caching;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;
using Comet.Measures.Embeddings;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// Whether cached vectors could be stored in fp16 or int8: every chunk vector (fp32, from the cache or
/// encoded) is rounded to fp16 and back, or to int8 with one scale per vector (max |x| / 127, the
/// scale stored beside the 384 bytes), and the artifact scores (max over chunk pairs, the default
/// aggregation) are recomputed in fp64 from the fp32, the fp16 and the int8 vectors; the measure's own
/// fp32 scores are compared too. Per task: max and mean absolute score deviation
/// from the fp64-of-fp32 reference, Kendall tau-b of every source's target ranking (mean and
/// minimum over sources), and the AP of each. Since issue 20 the cache follows this study: every vector
/// the <see cref="CachingEncoder"/> returns is already fp16, so today this section compares fp16 with
/// itself (and int8 with fp16); docs/benchmarks.md's numbers were measured on fp32 vectors before that.
/// </summary>
internal static class PrecisionSection
{
    public static void Run(IReadOnlyList<string> taskIds, string? cache)
    {
        Console.WriteLine("| task | fp32 measure max / mean dev | fp16 max / mean dev | int8 max / mean dev | fp32 tau mean / min | fp16 tau mean / min | int8 tau mean / min | AP fp64 | AP fp32 - fp64 | AP fp16 - fp64 | AP int8 - fp64 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var worstAp = 0.0;
        var worstTau = 1.0;
        var worstDeviation = 0.0;
        var (worstApInt8, worstTauInt8, worstDeviationInt8) = (0.0, 1.0, 0.0);
        var folder = cache ?? CacheFolders.DefaultEmbeddings();
        foreach (var id in taskIds)
        {
            var task = EmbeddingTask.Load(id);
            var chunker = new TextChunker(new ChunkingOptions());
            var sources = task.Task.Sources.Select(a => chunker.Chunk(a.Text)).ToArray();
            var targets = task.Task.Targets.Select(a => chunker.Chunk(a.Text)).ToArray();
            var encoder = new CachingEncoder(SharedMiniLm.Instance, new EmbeddingCache(folder, SharedMiniLm.Instance.ModelId));
            var texts = sources.Concat(targets).SelectMany(c => c).Distinct(StringComparer.Ordinal).ToList();
            var vectors = texts.Zip(encoder.Encode(texts, default)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            var half = vectors.ToDictionary(p => p.Key, p => p.Value.Select(x => (float)(Half)x).ToArray(), StringComparer.Ordinal);
            var int8 = vectors.ToDictionary(p => p.Key, p => Int8RoundTrip(p.Value), StringComparer.Ordinal);

            var reference = Scores(task, sources, targets, vectors);
            var fp16 = Scores(task, sources, targets, half);
            var quantised = Scores(task, sources, targets, int8);
            var measured = new EmbeddingMeasure(new EmbeddingOptions { CacheFolder = folder }).Compute(task.Context);

            var apReference = Evaluator.Evaluate(reference, task.Task.Gold).AveragePrecision;
            var apMeasured = Evaluator.Evaluate(measured, task.Task.Gold).AveragePrecision;
            var apHalf = Evaluator.Evaluate(fp16, task.Task.Gold).AveragePrecision;
            var apInt8 = Evaluator.Evaluate(quantised, task.Task.Gold).AveragePrecision;
            var (int8Max, int8Mean) = RankingAgreement.Deviation(reference, quantised);
            var (int8Tau, int8TauMin) = RankingAgreement.Tau(reference, quantised);
            worstApInt8 = Math.Max(worstApInt8, Math.Abs(apInt8 - apReference));
            worstTauInt8 = Math.Min(worstTauInt8, int8TauMin);
            worstDeviationInt8 = Math.Max(worstDeviationInt8, int8Max);
            var (measuredMax, measuredMean) = RankingAgreement.Deviation(reference, measured);
            var (halfMax, halfMean) = RankingAgreement.Deviation(reference, fp16);
            var (measuredTau, measuredTauMin) = RankingAgreement.Tau(reference, measured);
            var (halfTau, halfTauMin) = RankingAgreement.Tau(reference, fp16);
            worstAp = Math.Max(worstAp, Math.Abs(apHalf - apReference));
            worstTau = Math.Min(worstTau, halfTauMin);
            worstDeviation = Math.Max(worstDeviation, halfMax);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {id} | {measuredMax:E1} / {measuredMean:E1} | {halfMax:E1} / {halfMean:E1} | {int8Max:E1} / {int8Mean:E1} | {measuredTau:F5} / {measuredTauMin:F5} | {halfTau:F5} / {halfTauMin:F5} | {int8Tau:F5} / {int8TauMin:F5} | {apReference:F4} | {apMeasured - apReference:+0.00000;-0.00000;0} | {apHalf - apReference:+0.00000;-0.00000;0} | {apInt8 - apReference:+0.00000;-0.00000;0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fp16 storage over {taskIds.Count} tasks: largest score deviation {worstDeviation:E2}, smallest per-source Kendall tau {worstTau:F5}, largest |AP change| {worstAp:F5}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"int8 storage (one scale per vector) over {taskIds.Count} tasks: largest score deviation {worstDeviationInt8:E2}, smallest per-source Kendall tau {worstTauInt8:F5}, largest |AP change| {worstApInt8:F5}."));
    }

    /// <summary>Symmetric int8 with one scale per vector (max |x| / 127), and back: what an int8 cache would return.</summary>
    private static float[] Int8RoundTrip(float[] vector)
    {
        var largest = vector.Max(Math.Abs);
        if (largest == 0)
        {
            return (float[])vector.Clone();
        }

        var scale = largest / 127f;
        return vector.Select(x => (sbyte)Math.Round(x / scale) * scale).ToArray();
    }

    /// <summary>Max over chunk pairs of the fp64 dot product; 0 for an artifact without chunks.</summary>
    private static SimilarityMatrix Scores(EmbeddingTask task, IReadOnlyList<string>[] sources, IReadOnlyList<string>[] targets, Dictionary<string, float[]> vectors)
    {
        var matrix = task.Context.NewMatrix();
        Parallel.For(0, sources.Length, i =>
        {
            for (var j = 0; j < targets.Length; j++)
            {
                var best = double.NegativeInfinity;
                foreach (var a in sources[i])
                {
                    foreach (var b in targets[j])
                    {
                        best = Math.Max(best, Dot(vectors[a], vectors[b]));
                    }
                }

                matrix[i, j] = double.IsNegativeInfinity(best) ? 0 : best;
            }
        });
        return matrix;
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var d = 0; d < a.Length; d++)
        {
            sum += (double)a[d] * b[d];
        }

        return sum;
    }
}
