using System.Text.RegularExpressions;
using Comet.Preprocessing;

namespace Comet.Measures.Bridging;

/// <summary>
/// The biterms of a text: unordered pairs of analysed terms that stand close together in one line or
/// sentence ("patient" and "name" in "the patient's name", in <c>getPatientName</c> or in
/// <c>patient.name</c>). A pair of words that two artifacts share in one place says more than the two
/// words scattered through them (after TRIAD's "consensual biterms", Gao et al., ICSE 2024; which pairs
/// count is <see cref="BitermMeasure"/>'s rule).
/// </summary>
internal static partial class Biterms
{
    /// <summary>Terms at most this many positions apart form a biterm (1: neighbours only).</summary>
    public const int DefaultWindow = 2;

    /// <summary>The biterms of <paramref name="text"/> with how often each occurs, keyed "a b" with a &lt; b (ordinal).</summary>
    public static Dictionary<string, int> Of(string text, TextAnalyzer analyzer, int window = DefaultWindow)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in UnitEnd().Split(text))
        {
            if (unit.Length < 3)
            {
                continue;
            }

            var terms = analyzer.Terms(unit);
            for (var i = 0; i < terms.Count; i++)
            {
                for (var j = i + 1; j <= i + window && j < terms.Count; j++)
                {
                    var order = string.CompareOrdinal(terms[i], terms[j]);
                    if (order == 0)
                    {
                        continue;
                    }

                    var key = order < 0 ? terms[i] + " " + terms[j] : terms[j] + " " + terms[i];
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    // A line break, or a sentence end followed by a space: units of prose and of code alike.
    [GeneratedRegex(@"\r?\n|(?<=[.!?;])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitEnd();
}
