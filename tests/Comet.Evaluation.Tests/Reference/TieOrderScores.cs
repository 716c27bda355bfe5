using System.Globalization;
using Comet.Core.Links;
using Comet.Evaluation.Reference;

namespace Comet.Evaluation.Tests.Reference;

/// <summary>
/// An independent, deliberately plain AP / MAP over a trace model's lines under three tie orders:
/// input (line) order, pessimistic (non-relevant first inside each group of equal scores) and
/// optimistic (relevant first). Any tie-break lies between the last two. NaN scores form the last group.
/// </summary>
internal sealed class TieOrderScores
{
    private readonly List<Line> _lines;
    private readonly GoldStandard _gold;

    public TieOrderScores(ReferenceOutput entry, GoldStandard gold)
    {
        _gold = gold;
        _lines = File.ReadLines(entry.FullPath).Skip(TraceModelReader.HeaderLines)
            .Where(line => line.Length > 0)
            .Select((line, i) =>
            {
                var f = line.Split(' ');
                var score = f[2] == "nan" ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture);
                return new Line(entry.SourceNormalisation.TryApply(f[0])!, entry.TargetNormalisation.TryApply(f[1])!, score, i);
            })
            .ToList();
    }

    public enum Order
    {
        Input,
        Pessimistic,
        Optimistic,
    }

    public double AveragePrecision(Order order) => Ap(Rank(_lines, order), _gold.Count);

    public double MeanAveragePrecision(Order order) =>
        _gold.LinkedSources.Average(s => Ap(Rank(_lines.Where(l => l.Source == s), order), _gold.CountFor(s)));

    private double Ap(IEnumerable<Line> ranked, int goldCount)
    {
        var hits = 0;
        var sum = 0.0;
        var rank = 0;
        foreach (var line in ranked)
        {
            rank++;
            if (_gold.Contains(line.Source, line.Target))
            {
                hits++;
                sum += (double)hits / rank;
            }
        }

        return sum / goldCount;
    }

    private List<Line> Rank(IEnumerable<Line> lines, Order order)
    {
        int TieKey(Line l) => order switch
        {
            Order.Pessimistic => _gold.Contains(l.Source, l.Target) ? 1 : 0,
            Order.Optimistic => _gold.Contains(l.Source, l.Target) ? 0 : 1,
            _ => 0,
        };

        return lines.OrderBy(l => double.IsNaN(l.Score) ? 1 : 0)
            .ThenByDescending(l => double.IsNaN(l.Score) ? 0 : l.Score)
            .ThenBy(TieKey)
            .ThenBy(l => l.LineIndex)
            .ToList();
    }

    private sealed record Line(string Source, string Target, double Score, int LineIndex);
}
