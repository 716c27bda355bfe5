using System.Globalization;
using Comet.Core.Links;

namespace Comet.Evaluation.Tests.TestData;

/// <summary>Tiny runs and gold sets written as text, so each test reads like its hand computation.</summary>
internal static class Runs
{
    /// <summary>Pairs as "source target score" separated by ';', e.g. "s a 0.9; s b 0.5".</summary>
    public static RankedLinks Parse(string pairs) =>
        new(Split(pairs).Select(p => new ScoredLink(p[0], p[1], double.Parse(p[2], CultureInfo.InvariantCulture))));

    /// <summary>Links as "source target" separated by ';'.</summary>
    public static GoldStandard Gold(string links) =>
        new(Split(links).Select(p => new TraceLink(p[0], p[1])));

    private static IEnumerable<string[]> Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
