using System.Globalization;
using Comet.Inference.Output;
using Comet.Pipeline.Modelling;

namespace Comet.Pipeline.Explaining;

/// <summary>
/// A link's explanation written as the sum it is: "log-odds +0.23 = prior -2.58 + embedding +0.80 + ...",
/// every term, so that a reader can add them up to the reported log-odds (and so to the probability,
/// its sigmoid). Terms are shown to two decimals and rounded so that the shown terms add up exactly to
/// the shown total (largest remainders take the odd hundredths), which plain rounding does not promise.
/// The COMET baseline has no additive form; its explanation stays the one <see cref="LinkDetails"/> writes.
/// </summary>
public static class AdditiveExplanation
{
    private const double Tolerance = 1e-6;

    /// <summary>Every term whose sum is the reported log-odds: prior, measures, paths, and the answer terms that are not 0.</summary>
    public static IReadOnlyList<LogOddsTerm> Terms(LinkExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var terms = new List<LogOddsTerm> { new("prior", explanation.Prior) };
        terms.AddRange(explanation.Measures.OrderByDescending(t => Math.Abs(t.LogOdds)));
        terms.AddRange(explanation.Transitive.OrderByDescending(t => Math.Abs(t.LogOdds)));
        foreach (var (name, value) in new[]
        {
            ("feedback", explanation.Feedback), ("source feedback", explanation.SourceFeedback), ("target feedback", explanation.TargetFeedback),
            ("learned from answers", explanation.Learned),
        })
        {
            if (value != 0)
            {
                terms.Add(new(name, value));
            }
        }

        return terms;
    }

    /// <summary>True when the terms add up to the log-odds (the hierarchical model; not COMET's votes).</summary>
    public static bool AddsUp(LinkExplanation explanation) => AddsUp(Terms(explanation), explanation);

    public static string Format(LinkExplanation explanation)
    {
        var terms = Terms(explanation);
        if (!AddsUp(terms, explanation))
        {
            return LinkDetails.Explain(explanation);
        }

        var hundredths = RoundToTotal([.. terms.Select(t => t.LogOdds * 100)], Math.Round(explanation.LogOdds * 100));
        var sum = string.Join(" + ", terms.Select((t, i) => t.Name + " " + Signed(hundredths[i])));
        var via = explanation.Paths.Count > 0 ? "; strongest path via " + explanation.Paths[0].Via : string.Empty;
        return "log-odds " + Signed(Math.Round(explanation.LogOdds * 100)) + " = " + sum + via;
    }

    private static bool AddsUp(IReadOnlyList<LogOddsTerm> terms, LinkExplanation explanation) =>
        Math.Abs(terms.Sum(t => t.LogOdds) - explanation.LogOdds) < Tolerance * Math.Max(1, Math.Abs(explanation.LogOdds));

    /// <summary>Rounds each value to an integer so that the integers add up to <paramref name="total"/>.</summary>
    public static double[] RoundToTotal(double[] values, double total)
    {
        var rounded = values.Select(v => Math.Round(v)).ToArray();
        var missing = (int)(total - rounded.Sum());
        if (missing == 0)
        {
            return rounded;
        }

        // The terms whose rounding moved them furthest from the needed direction give way first.
        var step = Math.Sign(missing);
        var order = Enumerable.Range(0, values.Length).OrderByDescending(i => step * (values[i] - rounded[i])).ToArray();
        for (var k = 0; k < Math.Abs(missing); k++)
        {
            rounded[order[k % order.Length]] += step;
        }

        return rounded;
    }

    // The third format section keeps a zero from printing as "-0.00".
    private static string Signed(double hundredths) =>
        (hundredths / 100).ToString("+0.00;-0.00;+0.00", CultureInfo.InvariantCulture);
}
