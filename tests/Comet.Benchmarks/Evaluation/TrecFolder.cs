using System.Globalization;
using Comet.Evaluation.Oracle;

namespace Comet.Benchmarks.Evaluation;

/// <summary>
/// Reads what <c>comet evaluate --trec DIR</c> writes: per task <c>TASK.qrels</c> and one
/// <c>TASK.RUN.run</c> per run (task ids with '/' as '_'; run names with ' ' and '+' as '_').
/// </summary>
internal static class TrecFolder
{
    public static string Stem(string taskId) => taskId.Replace('/', '_');

    public static bool HasTask(string folder, string taskId) => File.Exists(Path.Combine(folder, Stem(taskId) + ".qrels"));

    public static bool HasRun(string folder, string taskId, string run) => File.Exists(RunPath(folder, taskId, run));

    /// <summary>Gold links per source id (qrels lines with relevance above 0).</summary>
    public static Dictionary<string, HashSet<string>> ReadQrels(string folder, string taskId)
    {
        var path = Path.Combine(folder, Stem(taskId) + ".qrels");
        var gold = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 4 || !int.TryParse(fields[3], CultureInfo.InvariantCulture, out var relevance))
            {
                throw new FormatException($"{path}:{number}: not a qrels line 'source 0 target relevance'");
            }

            if (relevance > 0)
            {
                (gold.TryGetValue(fields[0], out var targets) ? targets : gold[fields[0]] = new HashSet<string>(StringComparer.Ordinal)).Add(fields[2]);
            }
        }

        return gold;
    }

    /// <summary>A run file's lines, parsed once: (source, target, rank, score), NaN scores read as lowest.</summary>
    public static List<RunLine> ReadLines(string folder, string taskId, string run)
    {
        var path = RunPath(folder, taskId, run);
        var lines = new List<RunLine>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (fields.Length != 6
                || !int.TryParse(fields[3], CultureInfo.InvariantCulture, out var rank)
                || !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new FormatException($"{path}:{number}: not a run line 'source Q0 target rank score run'");
            }

            lines.Add(new RunLine(fields[0], fields[2], rank, double.IsNaN(score) ? double.NegativeInfinity : score, number));
        }

        return lines;
    }

    /// <summary>
    /// One run as the oracle reads it: the global order is the order comet ranks by (score, best first;
    /// ties by source id, then by the source's own rank, which holds comet's target-id order; NaN last).
    /// </summary>
    public static OracleRun ToOracleRun(string run, IReadOnlyList<RunLine> lines, IReadOnlyDictionary<string, int> sourceIndex, Dictionary<string, HashSet<string>> gold, int[] sourceGold)
    {
        var pairs = lines.Select(l => (
            Source: sourceIndex.TryGetValue(l.Source, out var s) ? s
                : throw new FormatException($"{run}, line {l.Number}: source {l.Source} is not in the model's run or the qrels (the runs must rank the same candidates)"),
            Line: l,
            Relevant: gold.TryGetValue(l.Source, out var t) && t.Contains(l.Target))).ToList();
        var global = pairs
            .OrderByDescending(p => p.Line.Score)
            .ThenBy(p => p.Line.Source, StringComparer.Ordinal)
            .ThenBy(p => p.Line.Rank)
            .Select(p => (p.Source, p.Relevant))
            .ToList();
        var perSource = sourceGold.Select(_ => new List<(int Rank, bool Relevant)>()).ToArray();
        foreach (var p in pairs)
        {
            perSource[p.Source].Add((p.Line.Rank, p.Relevant));
        }

        return OracleRun.Create(run, global, perSource.Select(l => l.OrderBy(p => p.Rank).Select(p => p.Relevant).ToArray()).ToArray(), sourceGold);
    }

    private static string RunPath(string folder, string taskId, string run) =>
        Path.Combine(folder, Stem(taskId) + "." + run.Replace(' ', '_').Replace('+', '_') + ".run");
}

/// <summary>One line of a TREC run file (its 1-based line number kept for error messages).</summary>
internal sealed record RunLine(string Source, string Target, int Rank, double Score, int Number);
