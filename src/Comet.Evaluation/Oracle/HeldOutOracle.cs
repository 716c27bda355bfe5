using Comet.Evaluation.Metrics;

namespace Comet.Evaluation.Oracle;

/// <summary>
/// The best single measure per task, chosen as a user could choose it: on other requirements than the
/// ones it is scored on. "The oracle" of the benchmarks picks, per task, the measure with the best AP
/// after seeing the gold of the very pairs it is scored on; with nine measures that pick is the largest
/// of nine noisy numbers, so part of its lead is selection, not a better measure. Here the task's
/// requirements are split at random into two halves, many times: the measure with the best AP (MAP) on
/// one half is scored on the other, beside the model on that same half, and beside the measure that is
/// best on that half itself (the in-sample pick, for scale). For MAP the two halves swap roles, so every
/// requirement is ranked by a measure chosen without its gold and the result is comparable with the
/// model's MAP over the whole task.
/// </summary>
public static class HeldOutOracle
{
    /// <summary>The comparison over <paramref name="splits"/> random halvings (seeded); null when the task has fewer than two linked requirements.</summary>
    public static HeldOutResult? Compare(OracleTask task, int splits, int seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentOutOfRangeException.ThrowIfLessThan(splits, 1);
        if (task.Measures.Count == 0)
        {
            throw new ArgumentException($"{task.Name}: no measure to choose from", nameof(task));
        }

        var linked = Enumerable.Range(0, task.SourceGold.Length).Where(s => task.SourceGold[s] > 0).ToArray();
        var unlinked = Enumerable.Range(0, task.SourceGold.Length).Where(s => task.SourceGold[s] == 0).ToArray();
        if (linked.Length < 2)
        {
            return null;
        }

        var random = new Random(seed);
        var inA = new bool[task.SourceGold.Length];
        var inB = new bool[task.SourceGold.Length];
        double modelAp = 0, chosenAp = 0, inSampleAp = 0, crossFittedMap = 0;
        var modelWins = 0;
        var picks = new int[task.Measures.Count];
        for (var split = 0; split < splits; split++)
        {
            // Linked and unlinked requirements are halved separately, so each half is a small copy of
            // the task: its gold links, and the requirements with none whose pairs a measure must rank low.
            Array.Clear(inA);
            Array.Clear(inB);
            foreach (var group in new[] { linked, unlinked })
            {
                var order = group.OrderBy(_ => random.Next()).ToArray();
                for (var i = 0; i < order.Length; i++)
                {
                    (i < order.Length / 2 ? inA : inB)[order[i]] = true;
                }
            }

            var onA = task.Measures.Select(m => SubsetAp(m, inA, task.SourceGold)).ToArray();
            var onB = task.Measures.Select(m => SubsetAp(m, inB, task.SourceGold)).ToArray();
            var pick = ArgMax(onA);
            picks[pick]++;
            var model = SubsetAp(task.Model, inB, task.SourceGold);
            modelAp += model;
            chosenAp += onB[pick];
            inSampleAp += onB.Max();
            modelWins += model > onB[pick] ? 1 : 0;

            var mapPickA = ArgMax(task.Measures.Select(m => SubsetMap(m, inA)).ToArray());
            var mapPickB = ArgMax(task.Measures.Select(m => SubsetMap(m, inB)).ToArray());
            crossFittedMap += linked.Sum(s => (inA[s] ? task.Measures[mapPickB] : task.Measures[mapPickA]).SourceAp[s]) / linked.Length;
        }

        var maps = task.Measures.Select(m => linked.Average(s => m.SourceAp[s])).ToArray();
        var aps = task.Measures.Select(m => SubsetAp(m, null, task.SourceGold)).ToArray();
        var bestMap = ArgMax(maps);
        var bestAp = ArgMax(aps);
        return new HeldOutResult(
            task.Name,
            linked.Length,
            ModelAp: SubsetAp(task.Model, null, task.SourceGold),
            ModelMap: linked.Average(s => task.Model.SourceAp[s]),
            BestApMeasure: task.Measures[bestAp].Name,
            BestAp: aps[bestAp],
            BestMapMeasure: task.Measures[bestMap].Name,
            BestMap: maps[bestMap],
            HalfModelAp: modelAp / splits,
            HalfChosenAp: chosenAp / splits,
            HalfInSampleAp: inSampleAp / splits,
            ModelWinShare: modelWins / (double)splits,
            CrossFittedMap: crossFittedMap / splits,
            MostChosen: task.Measures[ArgMax(picks.Select(p => (double)p).ToArray())].Name,
            MeasureMaps: task.Measures.Select((m, i) => (m.Name, maps[i])).ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal));
    }

    // The run's global AP over the pairs of the sources in the subset (all sources when null): the
    // global order with the other sources' pairs left out, against those sources' gold links.
    private static double SubsetAp(OracleRun run, bool[]? subset, int[] sourceGold)
    {
        var gold = 0;
        for (var s = 0; s < sourceGold.Length; s++)
        {
            gold += subset is null || subset[s] ? sourceGold[s] : 0;
        }

        var hits = 0;
        var rank = 0;
        var sum = 0.0;
        for (var i = 0; i < run.PairSources.Length; i++)
        {
            if (subset is not null && !subset[run.PairSources[i]])
            {
                continue;
            }

            rank++;
            if (run.PairRelevant[i])
            {
                hits++;
                sum += hits / (double)rank;
            }
        }

        return gold == 0 ? double.NaN : sum / gold;
    }

    private static double SubsetMap(OracleRun run, bool[] subset)
    {
        double sum = 0;
        var count = 0;
        for (var s = 0; s < subset.Length; s++)
        {
            if (subset[s] && !double.IsNaN(run.SourceAp[s]))
            {
                sum += run.SourceAp[s];
                count++;
            }
        }

        return sum / count;
    }

    // The first of equals wins, so the pick does not depend on floating-point noise between equal runs.
    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}

/// <summary>
/// What <see cref="HeldOutOracle.Compare"/> found for one task. Best* are the in-sample oracle (after seeing
/// the whole task's gold); Half* are means over the splits of AP on the held-out half (model, the measure
/// chosen on the other half, the measure best on the half itself); CrossFittedMap is the MAP when each
/// requirement is ranked by the measure with the best MAP on the other half; MeasureMaps each measure's MAP
/// over the whole task.
/// </summary>
public sealed record HeldOutResult(
    string Task,
    int LinkedSources,
    double ModelAp,
    double ModelMap,
    string BestApMeasure,
    double BestAp,
    string BestMapMeasure,
    double BestMap,
    double HalfModelAp,
    double HalfChosenAp,
    double HalfInSampleAp,
    double ModelWinShare,
    double CrossFittedMap,
    string MostChosen,
    IReadOnlyDictionary<string, double> MeasureMaps);
