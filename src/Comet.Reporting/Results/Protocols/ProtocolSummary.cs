namespace Comet.Reporting.Results.Protocols;

/// <summary>
/// One strategy at one budget and error rate, over tasks. A task's seeds are averaged first (one
/// seed's change is mostly the luck of which pairs were answered), then the tasks: the interval is the
/// normal approximation over the per-task averages, so it carries the tasks' own spread.
/// </summary>
/// <param name="Tasks">Tasks with an unseen-pair AP (a task whose every gold link was answered has none and is left out of the AP columns).</param>
/// <param name="TasksLosing">Tasks whose average unseen-AP change is below -0.01 (the "no task loses more than 0.01").</param>
/// <param name="CountRatio">Median over tasks of expected links / true links.</param>
public sealed record ProtocolSummary(
    string Strategy,
    double ErrorRate,
    int Budget,
    int Tasks,
    int Seeds,
    double MeanAnswers,
    double UnseenApChange,
    double IntervalLow,
    double IntervalHigh,
    int Up,
    int Down,
    int TasksLosing,
    string? WorstTask,
    double WorstChange,
    double? UnreviewedApChange,
    double? UnreviewedMapChange,
    double Ece,
    double BrierSkill,
    double PriorBrierSkill,
    double CountRatio)
{
    /// <summary>Changes this small are the same ranking written differently: neither up nor down.</summary>
    private const double Tie = 1e-9;

    private const double Loss = 0.01;

    public static IReadOnlyList<ProtocolSummary> Of(IEnumerable<ProtocolOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes
            .GroupBy(o => (o.Strategy, o.ErrorRate, o.Budget))
            .OrderBy(g => g.Key.ErrorRate).ThenBy(g => StrategyOrder(g.Key.Strategy)).ThenBy(g => g.Key.Budget)
            .Select(g => Summarise(g.Key.Strategy, g.Key.ErrorRate, g.Key.Budget, [.. g]))
            .ToList();
    }

    private static ProtocolSummary Summarise(string strategy, double errorRate, int budget, ProtocolOutcome[] outcomes)
    {
        var perTask = outcomes.GroupBy(o => o.Task, StringComparer.Ordinal).Select(g => new
        {
            Task = g.Key,
            Change = FiniteMean(g.Select(o => o.UnseenApChange)),
            Unreviewed = FiniteMean(g.Where(o => o.UnreviewedApChange is not null).Select(o => o.UnreviewedApChange!.Value)),
            UnreviewedMap = FiniteMean(g.Where(o => o.UnreviewedMapChange is not null).Select(o => o.UnreviewedMapChange!.Value)),
            Ece = g.Average(o => o.Ece),
            Skill = g.Average(o => o.BrierSkill),
            PriorSkill = g.Average(o => o.PriorBrierSkill),
            Ratio = g.Average(o => o.ExpectedLinks / Math.Max(1, o.TrueLinks)),
        }).ToArray();
        // A task whose every gold link was answered has no unseen AP (NaN): it leaves the AP columns.
        var changes = perTask.Where(t => double.IsFinite(t.Change)).Select(t => t.Change).ToArray();
        if (changes.Length == 0)
        {
            changes = [double.NaN];
        }

        var mean = changes.Average();
        var variance = changes.Sum(c => (c - mean) * (c - mean)) / Math.Max(1, changes.Length - 1);
        var half = 1.96 * Math.Sqrt(variance / changes.Length);
        var worst = perTask.Where(t => double.IsFinite(t.Change)).MinBy(t => t.Change) ?? perTask[0];
        var unreviewed = perTask.Select(t => t.Unreviewed).Where(double.IsFinite).ToArray();
        var unreviewedMap = perTask.Select(t => t.UnreviewedMap).Where(double.IsFinite).ToArray();
        var ratios = perTask.Select(t => t.Ratio).Order().ToArray();
        return new ProtocolSummary(
            strategy, errorRate, budget, changes.Count(double.IsFinite), outcomes.Select(o => o.Seed).Distinct().Count(), outcomes.Average(o => o.Answers),
            mean, mean - half, mean + half,
            changes.Count(c => c > Tie), changes.Count(c => c < -Tie), changes.Count(c => c < -Loss),
            worst.Task, worst.Change,
            unreviewed.Length > 0 ? unreviewed.Average() : null,
            unreviewedMap.Length > 0 ? unreviewedMap.Average() : null,
            perTask.Average(t => t.Ece), perTask.Average(t => t.Skill), perTask.Average(t => t.PriorSkill), ratios[ratios.Length / 2]);
    }

    /// <summary>The mean of the finite values (a seed whose every gold link was answered has none), NaN if there are none.</summary>
    internal static double FiniteMean(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length > 0 ? finite.Average() : double.NaN;
    }

    /// <summary>Random first (the baseline), then the reviewer's order, then the model's.</summary>
    private static int StrategyOrder(string strategy) => strategy switch
    {
        "random" => 0,
        "review" => 1,
        "active" => 2,
        _ => 3,
    };
}
