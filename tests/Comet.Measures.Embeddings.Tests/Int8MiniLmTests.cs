using System.Numerics.Tensors;
using Comet.Measures.Embeddings.Caching;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Encoding.Quantization;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>The int8 MiniLM (issue 20): made deterministically from the package's file, close to fp32, cached apart.</summary>
public class Int8MiniLmTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private static readonly string[] Sentences =
    [
        "The system shall let a patient book an appointment with a doctor.",
        "public void login(String user, String password) { session.open(user); }",
        "The administrator exports every audit log entry of the last month as a report.",
        "Alarms are raised when the sensor temperature exceeds the configured threshold.",
    ];

    [Fact]
    public void Quantize_PackageModel_RewritesEveryWeightMatMulAndIsDeterministic()
    {
        var source = MiniLmEncoder.PackageModel();

        var (first, rewritten) = DynamicInt8Quantizer.Quantize(source);
        var (second, _) = DynamicInt8Quantizer.Quantize(source);

        // 6 layers x (Q, K, V, attention output, two feed-forward) weight MatMuls.
        Assert.Equal(36, rewritten);
        Assert.Equal(first, second);
        Assert.True(first.Length < source.Length * 0.7, $"int8 model {first.Length} bytes, fp32 {source.Length}");
    }

    [Fact]
    public void Encode_Int8_VectorsCloseToFp32()
    {
        using var folder = new TemporaryFolder();
        using var int8 = new MiniLmEncoder(new MiniLmSettings(), EmbeddingPrecision.Int8, folder.Path);

        var quantised = int8.Encode(Sentences, default);
        var reference = fixture.Encoder.Encode(Sentences, default);

        for (var i = 0; i < Sentences.Length; i++)
        {
            var cosine = TensorPrimitives.CosineSimilarity<float>(quantised[i], reference[i]);
            Assert.True(cosine > 0.98f, $"sentence {i}: cosine {cosine}");
        }
    }

    [Fact]
    public void Load_SecondTime_ReadsTheKeptFileByteForByte()
    {
        using var folder = new TemporaryFolder();
        var source = MiniLmEncoder.PackageModel();

        var made = QuantisedModelFile.Load(source, folder.Path);
        var path = QuantisedModelFile.PathFor(source, folder.Path);
        var read = QuantisedModelFile.Load(source, folder.Path);

        Assert.True(File.Exists(path));
        Assert.Contains($"int8-dynamic-v{DynamicInt8Quantizer.Version}", Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Equal(made, read);
    }

    [Fact]
    public void QuantiseColumns_ScalesEachColumnByItsLargestWeight()
    {
        // 2 x 2, row-major: column 0 holds 1 and -0.25, column 1 holds 0.1 and -0.4.
        var (weights, scales) = DynamicInt8Quantizer.QuantiseColumns([1f, 0.1f, -0.25f, -0.4f], 2, 2);

        Assert.Equal(1f / 127f, scales[0], 1e-7f);
        Assert.Equal(0.4f / 127f, scales[1], 1e-8f);
        Assert.Equal([127, 32, -32, -127], weights.Select(b => (int)(sbyte)b)); // 31.75 rounds to 32
    }

    [Fact]
    public void ModelIds_Differ_SoCacheKeysNeverMix()
    {
        Assert.NotEqual(MiniLmEncoder.IdOf(EmbeddingPrecision.Fp32), MiniLmEncoder.IdOf(EmbeddingPrecision.Int8));
        Assert.NotEqual(
            CacheKey.For(MiniLmEncoder.IdOf(EmbeddingPrecision.Fp32), Sentences[0]),
            CacheKey.For(MiniLmEncoder.IdOf(EmbeddingPrecision.Int8), Sentences[0]));
        Assert.Equal(MiniLmEncoder.Int8Id, EmbeddingModel.MiniLmAt(EmbeddingPrecision.Int8).Encoder().ModelId);
        Assert.Equal(MiniLmEncoder.Id, EmbeddingModel.MiniLmAt(EmbeddingPrecision.Fp32).Encoder().ModelId);
    }

    [Fact]
    public void Validate_UndefinedPrecision_Throws()
    {
        var options = new EmbeddingOptions { Precision = (EmbeddingPrecision)7 };

        Assert.Throws<ArgumentException>(options.Validate);
    }
}
