using System.Text.Json;
using System.Text.Json.Serialization;

namespace Comet.Reporting.Results.Protocols;

/// <summary>
/// The answer protocols as JSON: the summaries, and each task's seed-averaged outcome per strategy,
/// error rate and budget (the single seeds are not written: at 67 tasks x 6 seeds they are mostly the
/// luck of which pairs were answered, and ten thousand rows).
/// </summary>
public static class ProtocolJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <param name="answerConfidence">The stated probability of every simulated answer (0.9 in the protocol, 1 for verdicts); written so a file says how it was made.</param>
    public static string Write(IReadOnlyList<ProtocolOutcome> outcomes, double answerConfidence)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var tasks = outcomes
            .GroupBy(o => (o.Task, o.Strategy, o.ErrorRate, o.Budget))
            .Select(g => new
            {
                g.Key.Task,
                g.Key.Strategy,
                g.Key.ErrorRate,
                g.Key.Budget,
                Seeds = g.Count(),
                Answers = Round(g.Average(o => o.Answers)),
                UnseenApChange = Round(ProtocolSummary.FiniteMean(g.Select(o => o.UnseenApChange))),
                UnreviewedApChange = MeanOfPresent(g.Select(o => o.UnreviewedApChange)),
                UnreviewedMapChange = MeanOfPresent(g.Select(o => o.UnreviewedMapChange)),
                Ece = Round(g.Average(o => o.Ece)),
                BrierSkill = Round(g.Average(o => o.BrierSkill)),
                PriorBrierSkill = Round(g.Average(o => o.PriorBrierSkill)),
                ExpectedLinks = Round(g.Average(o => o.ExpectedLinks)),
                TrueLinks = g.First().TrueLinks,
            });
        var summaries = ProtocolSummary.Of(outcomes).Select(s => s with
        {
            UnseenApChange = Round(s.UnseenApChange),
            IntervalLow = Round(s.IntervalLow),
            IntervalHigh = Round(s.IntervalHigh),
            WorstChange = Round(s.WorstChange),
            UnreviewedApChange = s.UnreviewedApChange is { } u ? Round(u) : null,
            UnreviewedMapChange = s.UnreviewedMapChange is { } m ? Round(m) : null,
            Ece = Round(s.Ece),
            BrierSkill = Round(s.BrierSkill),
            PriorBrierSkill = Round(s.PriorBrierSkill),
            CountRatio = Round(s.CountRatio),
            MeanAnswers = Round(s.MeanAnswers),
        });
        return JsonSerializer.Serialize(new { AnswerConfidence = answerConfidence, Summaries = summaries, Tasks = tasks }, Options);
    }

    /// <summary>The rounded finite mean of the values a seed has (null where no seed's unreviewed sources hold a link).</summary>
    private static double? MeanOfPresent(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        return present.Length > 0 ? Round(ProtocolSummary.FiniteMean(present)) : null;
    }

    /// <summary>Six decimals: far below what any comparison reads, and a diff stays small.</summary>
    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 6) : value;
}
