namespace Comet.VectorSearch.Tests;

/// <summary>Seeded random unit vectors, row-major: the fixtures of every test here.</summary>
internal static class RandomVectors
{
    public static float[] Unit(int rows, int dimensions, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * dimensions];
        for (var row = 0; row < rows; row++)
        {
            var vector = values.AsSpan(row * dimensions, dimensions);
            double norm = 0;
            for (var d = 0; d < dimensions; d++)
            {
                // Sum of uniforms: roughly Gaussian, so directions are roughly uniform on the sphere.
                var value = random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;
                vector[d] = (float)value;
                norm += value * value;
            }

            var scale = (float)(1 / Math.Sqrt(norm));
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] *= scale;
            }
        }

        return values;
    }

    public static VectorCorpus Corpus(int rows, int dimensions, int seed) =>
        VectorCorpus.FromRowMajor(Unit(rows, dimensions, seed), dimensions);
}
