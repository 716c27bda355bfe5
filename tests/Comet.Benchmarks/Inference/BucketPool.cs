using System.Globalization;
using Comet.Core.Links;
using Comet.Inference.Output;
using Comet.Inference.Review;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// Pooled over tasks without answers: how often a pair is a true link, by its probability band and by
/// its rank within its source combined with its lift (p over the project's mean p). The table a bucket
/// rule is chosen from: a bucket may only claim what its rows show.
/// </summary>
internal sealed class BucketPool
{
    private readonly Dictionary<string, (int Pairs, int Links, double SumP)> _rows = new(StringComparer.Ordinal);

    public void Add(LinkPosteriors posteriors, GoldStandard gold)
    {
        var mean = LinkCountEstimate.Of(posteriors).Expected / posteriors.Count;
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            var order = Enumerable.Range(0, posteriors.TargetIds.Count).OrderByDescending(t => posteriors.LogOddsOf(s, t)).ToArray();
            for (var r = 0; r < order.Length; r++)
            {
                var t = order[r];
                var p = posteriors.Probability(s, t);
                var link = gold.Contains(posteriors.SourceIds[s], posteriors.TargetIds[t]);
                Count($"p {Band(p)}", p, link);
                var rank = r switch { 0 => "rank 1", < 3 => "rank 2-3", < 10 => "rank 4-10", _ => "rank >10" };
                Count($"{rank}, lift {LiftBand(p / mean)}", p, link);
            }
        }
    }

    public string Describe() => string.Join(Environment.NewLine, _rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {r.Key,-28} pairs {r.Value.Pairs,8}  links {r.Value.Links,6}  true-link share {(double)r.Value.Links / r.Value.Pairs:0.000}  mean p {r.Value.SumP / r.Value.Pairs:0.000}")));

    private void Count(string key, double p, bool link)
    {
        var row = _rows.GetValueOrDefault(key);
        _rows[key] = (row.Pairs + 1, row.Links + (link ? 1 : 0), row.SumP + p);
    }

    private static string Band(double p) => p switch { >= 0.7 => ">=0.7", >= 0.4 => "0.4-0.7", >= 0.2 => "0.2-0.4", >= 0.1 => "0.1-0.2", _ => "<0.1" };

    private static string LiftBand(double lift) => lift switch { >= 20 => ">=20", >= 10 => "10-20", >= 5 => "5-10", >= 2 => "2-5", _ => "<2" };
}
