using System.Numerics.Tensors;

namespace Comet.Measures.Embeddings.Tests;

public class MiniLmEncoderTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    [Fact]
    public void Encode_Sentence_Gives384DimensionalUnitVector()
    {
        var vector = fixture.Encoder.Encode(["The system shall let a patient book an appointment."], default)[0];

        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(TensorPrimitives.Dot<float>(vector, vector)), 1e-5);
    }

    [Fact]
    public void Encode_SimilarSentences_ScoreHigherThanUnrelated()
    {
        var vectors = fixture.Encoder.Encode(
            ["a patient books an appointment with a doctor", "the patient schedules a visit to the physician", "export the quarterly tax report as pdf"],
            default);

        var similar = TensorPrimitives.Dot<float>(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot<float>(vectors[0], vectors[2]);
        Assert.True(similar > unrelated + 0.2f, $"similar {similar}, unrelated {unrelated}");
    }

    [Fact]
    public void Encode_SameTextAloneOrBatchedWithLongerText_GivesIdenticalVector()
    {
        const string Text = "user login with password";
        var alone = fixture.Encoder.Encode([Text], default)[0];
        var batched = fixture.Encoder.Encode(["the administrator exports every audit log entry of the last month as a report", Text], default)[1];

        Assert.Equal(alone, batched);
    }

    [Fact]
    public void Encode_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Encoder.Encode(["anything"], cancellation.Token));
    }

    [Fact]
    public void Encode_CancelledWhileTheModelRuns_ThrowsACancellationNotTheRuntimesError()
    {
        // ONNX Runtime stops a run through its terminate flag and reports that as an error of its own; the
        // service must see a cancellation (run cancelled), not a failure. 48 texts of ~250 word pieces keep
        // the model busy for seconds, so the cancellation lands inside a run. The cancel comes from a thread of
        // its own, not from CancellationTokenSource's timer: the timer fires on the thread pool, which the other
        // test classes' Parallel.For loops can starve on a 2-core machine for longer than the whole encoding
        // (CI once saw the run finish uncancelled).
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"requirement{i % 37} patient record"));
        var texts = Enumerable.Range(0, 48).Select(i => $"{i} {words}").ToArray();
        using var cancellation = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(300);
            cancellation.Cancel();
        }) { IsBackground = true };

        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Encoder.Encode(texts, cancellation.Token));
        canceller.Join();
    }
}
