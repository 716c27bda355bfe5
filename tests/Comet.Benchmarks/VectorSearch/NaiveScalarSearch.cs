using System.Runtime.CompilerServices;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>
/// The baseline the exact kernel is compared with: a plain scalar triple loop (query, corpus row,
/// dimension) on one thread, keeping the top-k by insertion into a sorted array. The JIT does not
/// vectorise it, so it is what "no SIMD, no blocking, no threads" costs.
/// </summary>
internal static class NaiveScalarSearch
{
    /// <summary>Returns a checksum of the kept scores so the work cannot be optimised away.</summary>
    /// <remarks>Fully optimised from the first call, so no time is spent in unoptimised tier-0 code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double TopK(float[] queries, int queryCount, float[] corpus, int corpusCount, int dimensions, int k)
    {
        var bestScores = new float[k];
        var bestIndices = new int[k];
        double checksum = 0;
        for (var q = 0; q < queryCount; q++)
        {
            var kept = 0;
            for (var c = 0; c < corpusCount; c++)
            {
                var sum = 0f;
                for (var d = 0; d < dimensions; d++)
                {
                    sum += queries[(q * dimensions) + d] * corpus[(c * dimensions) + d];
                }

                if (kept < k || sum > bestScores[kept - 1])
                {
                    var position = kept < k ? kept++ : k - 1;
                    while (position > 0 && sum > bestScores[position - 1])
                    {
                        bestScores[position] = bestScores[position - 1];
                        bestIndices[position] = bestIndices[position - 1];
                        position--;
                    }

                    bestScores[position] = sum;
                    bestIndices[position] = c;
                }
            }

            checksum += bestScores[0];
        }

        return checksum;
    }
}
