namespace Comet.Measures.Embeddings;

/// <summary>Arithmetic of the MiniLM encoder's weight products (the "embedding" measure; arctic always runs fp32).</summary>
public enum EmbeddingPrecision
{
    /// <summary>The package's fp32 ONNX model as shipped.</summary>
    Fp32,

    /// <summary>
    /// The same model with every weight MatMul in int8 (dynamic quantisation, made at run time from the
    /// fp32 file, docs/benchmarks.md "int8 MiniLM"); its vectors are cached apart from fp32's.
    /// </summary>
    Int8,
}
