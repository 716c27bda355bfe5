using Comet.Core;
using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// The feedback simulation protocol of docs/evaluation.md: answers on a seeded random fraction of the
/// candidate pairs, stated probability 0.9 for gold links and 0.1 for the others, with a fraction of the
/// answers flipped. For benchmarks only: it reads the gold standard, which a real run never sees.
/// </summary>
/// <param name="Fraction">Share of candidate pairs that get an answer (protocol: 0.1).</param>
/// <param name="ErrorRate">Share of answers that are flipped (protocol: 0.25).</param>
/// <param name="Seed">Seed of the pair choice and of the flips.</param>
/// <param name="Confidence">
/// The stated probability of each answer (protocol: 0.9, which the model reads as a 9:1 vote); 1 makes
/// every answer a verdict, as the product reads a person's yes / no (<see cref="AnswerScale"/>).
/// </param>
public sealed record FeedbackSimulation(double Fraction = 0.1, double ErrorRate = 0.25, int Seed = 42, double Confidence = FeedbackSimulation.ProtocolConfidence)
{
    /// <summary>The stated probability of a simulated answer in docs/evaluation.md's protocol.</summary>
    public const double ProtocolConfidence = 0.9;

    public void Validate()
    {
        if (Fraction is <= 0 or > 1 || ErrorRate is < 0 or > 1)
        {
            throw new ArgumentException($"feedback fraction must be in (0, 1] and error rate in [0, 1], got {Fraction} and {ErrorRate}");
        }

        ValidateConfidence(Confidence);
    }

    /// <summary>A stated confidence must say something (above 0.5) and be a probability.</summary>
    public static void ValidateConfidence(double confidence)
    {
        if (confidence is <= 0.5 or > 1 || double.IsNaN(confidence))
        {
            throw new CometInputException($"answer confidence must be above 0.5 and at most 1, got {confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The simulated answers and the set of pairs they cover.</summary>
    public (IReadOnlyList<FeedbackAnswer> Answers, IReadOnlySet<TraceLink> Judged) Simulate(TraceTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Validate();
        var random = new Random(Seed);
        var pairs = task.CandidateCount;
        var count = (int)Math.Round(Fraction * pairs);

        // Partial Fisher-Yates over pair indices: a uniform sample without replacement.
        var order = Enumerable.Range(0, pairs).ToArray();
        var answers = new List<FeedbackAnswer>(count);
        var judged = new HashSet<TraceLink>();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, pairs);
            (order[i], order[j]) = (order[j], order[i]);
            var source = task.Sources[order[i] / task.Targets.Count].Id;
            var target = task.Targets[order[i] % task.Targets.Count].Id;
            var truth = task.Gold.Contains(source, target);
            var saysLink = random.NextDouble() < ErrorRate ? !truth : truth;
            answers.Add(new FeedbackAnswer(source, target, saysLink ? Confidence : 1 - Confidence));
            judged.Add(new TraceLink(source, target));
        }

        return (answers, judged);
    }
}
