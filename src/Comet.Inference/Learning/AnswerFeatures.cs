using Comet.Inference.Evidence;
using Comet.Inference.Model;

namespace Comet.Inference.Learning;

/// <summary>
/// Per-pair features made from the answers, so that an answer teaches the links that resemble its
/// own, not just its own pair. The caller cross-fits them (<see cref="AnswerLearner"/>: an answered
/// pair's values come from the answers outside its fold), so the logistic fit over answered pairs sees
/// what an unanswered pair would see.
/// <list type="bullet">
/// <item>source rate / target rate: how often the source's (target's) other answers said "link",
/// shrunk toward the project's rate, as log-odds (what gamma_s and beta_t said before);</item>
/// <item>like confirmed / like rejected: Rocchio on the target side, the target's cosine with the
/// source's confirmed (rejected) targets, weighted mean;</item>
/// <item>neighbours confirmed / rejected: the source's cosine with the other sources confirmed
/// (rejected) for this target, so answers reach requirements nobody reviewed;</item>
/// <item>target size: log(1 + the target's distinct terms), the same for every source, so that answers
/// can teach whether this project's links go to its large files. Its weight may only be raised (a larger
/// file never counts against a link; <see cref="AnswerLearner"/>'s signs). Why: on code repositories whose
/// developers mark their links the marked files are long (1.8 to 3.6 times the typical file), where the
/// cosine measures rank short files first; with the answers' other features alone 100 answers lowered
/// the unasked requirements' MAP on OpenFastTrace by .060 (they taught "not like the rejected ones"), with
/// this one they raised it by .074 (docs/benchmarks.md, "Answers teach file size"). No fixed length prior
/// does this: the benchmarks' code tasks lose with one (7 or 8 of 11 tasks' MAP down at each weight tried).</item>
/// </list>
/// The last five need <see cref="ContentVectors"/>; without them only the rates are built. The size
/// holds no answer, so it is built once (<see cref="TargetSizes"/>), not with the cross-fitted ones.
/// </summary>
internal static class AnswerFeatures
{
    // Pseudo-answers at the project's rate that every source's and target's rate starts from.
    private const double RateShrinkage = 2.0;

    public static List<(string Name, double[] Values)> Build(
        int sources, int targets, IReadOnlyList<FeedbackObservation> answers, ContentVectors? content)
    {
        var votes = PairVotes.From(answers);
        var columns = new List<(string, double[])>
        {
            ("source rate", Rates(sources, targets, votes, bySource: true)),
            ("target rate", Rates(sources, targets, votes, bySource: false)),
        };
        if (content is not null)
        {
            columns.Add(("like confirmed", Resemblance(sources, targets, votes, content, positive: true, bySource: true)));
            columns.Add(("like rejected", Resemblance(sources, targets, votes, content, positive: false, bySource: true)));
            columns.Add(("neighbours confirmed", Resemblance(sources, targets, votes, content, positive: true, bySource: false)));
            columns.Add(("neighbours rejected", Resemblance(sources, targets, votes, content, positive: false, bySource: false)));
        }

        return columns;
    }

    /// <summary>The name of the target-size feature (explanations show it as "target size +0.46").</summary>
    public const string TargetSize = "target size";

    /// <summary>The target-size column, none without content; a constant column (all targets alike) is dropped by the learner.</summary>
    public static IEnumerable<(string Name, double[] Values)> TargetSizes(int sources, int targets, ContentVectors? content) =>
        content is null ? [] : [(TargetSize, Sizes(sources, targets, content))];

    /// <summary>log(1 + distinct terms) of each pair's target.</summary>
    private static double[] Sizes(int sources, int targets, ContentVectors content)
    {
        var size = new double[targets];
        for (var t = 0; t < targets; t++)
        {
            size[t] = Math.Log(1 + content.Targets[t].TermIds.Length);
        }

        var values = new double[sources * targets];
        for (var s = 0; s < sources; s++)
        {
            size.CopyTo(values, s * targets);
        }

        return values;
    }

    /// <summary>
    /// log-odds of (yes + k g) / (all + k) over the row's (or column's) answered pairs. No pair's own
    /// answer needs taking out here: an answered pair's value always comes from a build without its
    /// fold (<see cref="AnswerLearner"/>'s cross-fitting).
    /// </summary>
    private static double[] Rates(int sources, int targets, PairVotes votes, bool bySource)
    {
        var groups = bySource ? sources : targets;
        var yes = new double[groups];
        var all = new double[groups];
        foreach (var (pair, vote) in votes.ByPair)
        {
            var g = bySource ? pair / targets : pair % targets;
            yes[g] += vote.Yes;
            all[g] += vote.Yes + vote.No;
        }

        var rate = votes.TotalYes / Math.Max(votes.TotalYes + votes.TotalNo, 1e-9);
        rate = Math.Clamp(rate, 1e-3, 1 - 1e-3);
        var values = new double[sources * targets];
        Parallel.For(0, sources, s =>
        {
            for (var t = 0; t < targets; t++)
            {
                var pair = (s * targets) + t;
                var g = bySource ? s : t;
                var p = (yes[g] + (RateShrinkage * rate)) / (all[g] + RateShrinkage);
                p = Math.Clamp(p, 1e-4, 1 - 1e-4);
                values[pair] = Math.Log(p / (1 - p));
            }
        });
        return values;
    }

    /// <summary>
    /// Rocchio on one side. By source ("like"): for each source with answers, q = the sum of its
    /// answered targets' vectors (weighted by the vote), and each target's cosine with q over the total
    /// weight. By target ("neighbours"): the same with roles swapped, each source's cosine with the
    /// sources answered for this target. The pair's own answer is taken out of both sums; 0 where there
    /// is no other such answer; centred within the anchor's row (column).
    /// </summary>
    private static double[] Resemblance(int sources, int targets, PairVotes votes, ContentVectors content, bool positive, bool bySource)
    {
        var values = new double[sources * targets];
        var (members, count) = bySource ? (content.Targets, targets) : (content.Sources, sources);
        int Pair(int anchor, int member) => bySource ? (anchor * targets) + member : (member * targets) + anchor;
        Parallel.ForEach(votes.Rows(targets, positive, bySource), () => new double[content.VocabularySize], (row, _, dense) =>
        {
            var (anchor, answered) = (row.Key, row.Value);
            var total = 0.0;
            foreach (var (member, weight) in answered)
            {
                members[member].AddTo(dense, weight);
                total += weight;
            }

            var mean = 0.0;
            for (var member = 0; member < count; member++)
            {
                var vector = members[member];
                var own = answered.GetValueOrDefault(member);
                var weight = total - own;
                var value = weight > 1e-12 ? (vector.Dot(dense) - (own * vector.SquaredNorm())) / weight : 0;
                values[Pair(anchor, member)] = value;
                mean += value;
            }

            // Centred: the feature ranks the anchor's candidates against each other, and 0 means "no
            // answer says anything here" everywhere else.
            mean /= count;
            for (var member = 0; member < count; member++)
            {
                values[Pair(anchor, member)] -= mean;
            }

            Array.Clear(dense);
            return dense;
        }, _ => { });
        return values;
    }
}

/// <summary>
/// The answers summed per pair as yes and no weights: an answer counts its strength |2p - 1| on its
/// side, so a Likert 4 counts half of a confirm and a 3 nothing; several people's answers add up.
/// </summary>
internal sealed class PairVotes
{
    private PairVotes(Dictionary<int, (double Yes, double No)> byPair)
    {
        ByPair = byPair;
        TotalYes = byPair.Values.Sum(v => v.Yes);
        TotalNo = byPair.Values.Sum(v => v.No);
    }

    public Dictionary<int, (double Yes, double No)> ByPair { get; }

    public double TotalYes { get; }

    public double TotalNo { get; }

    public static PairVotes From(IReadOnlyList<FeedbackObservation> answers)
    {
        var byPair = new Dictionary<int, (double Yes, double No)>();
        foreach (var answer in answers)
        {
            var (yes, no) = byPair.GetValueOrDefault(answer.Pair);
            byPair[answer.Pair] = answer.SaysLink ? (yes + answer.Strength, no) : (yes, no + answer.Strength);
        }

        return new PairVotes(byPair);
    }

    /// <summary>Per source (or target): the other side's index -> net vote weight on the asked side (yes - no or no - yes), where positive.</summary>
    public Dictionary<int, Dictionary<int, double>> Rows(int targets, bool positive, bool bySource)
    {
        var rows = new Dictionary<int, Dictionary<int, double>>();
        foreach (var (pair, (yes, no)) in ByPair)
        {
            var net = positive ? yes - no : no - yes;
            if (net <= 0)
            {
                continue;
            }

            var (key, member) = bySource ? (pair / targets, pair % targets) : (pair % targets, pair / targets);
            if (!rows.TryGetValue(key, out var members))
            {
                rows[key] = members = [];
            }

            members[member] = net;
        }

        return rows;
    }
}
