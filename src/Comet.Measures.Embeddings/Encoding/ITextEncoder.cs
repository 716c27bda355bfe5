namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// Turns texts into unit-length vectors. The seam between the measure and the neural model: tests
/// count calls through it, and the disk cache wraps it (<see cref="Caching.CachingEncoder"/>).
/// </summary>
internal interface ITextEncoder
{
    /// <summary>Names the model and its version; part of every cache key.</summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One vector per text, in the order given.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation);
}
