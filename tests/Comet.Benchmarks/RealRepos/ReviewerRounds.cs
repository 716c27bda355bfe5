using System.Globalization;
using Comet.Cli.Trace;
using Comet.Core.Links;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// What a reviewer's answers do to the requirements nobody asked about: a simulated reviewer sits with
/// `comet review` ten questions at a time and answers each as the repository's markers say; after each
/// checkpoint `comet trace --answers` runs again, and the requirements with no answered link are scored
/// (MAP, P@1) beside the same requirements in the run without answers and under BM25 alone. The answered
/// requirements are left out: their answered links carry their answers, which says nothing of learning.
/// </summary>
internal static class ReviewerRounds
{
    private const int QuestionsPerSitting = 10;

    public static IReadOnlyList<ReviewCheckpoint> Run(
        string cometDll, string requirements, string code, string work, GoldStandard gold,
        RankedLinks withoutAnswers, RankedLinks bm25, IReadOnlyList<int> checkpoints)
    {
        var answersFile = Path.Combine(work, "reviewer-answers.csv");
        File.WriteAllLines(answersFile, ["source,target,answer"]);
        var asked = new List<(string Source, string Target, bool Link)>();
        var before = RequirementRanking.Of(withoutAnswers, gold);
        var baseline = RequirementRanking.Of(bm25, gold);
        var results = new List<ReviewCheckpoint>();
        foreach (var checkpoint in checkpoints.Order())
        {
            while (asked.Count < checkpoint)
            {
                var questions = CometTrace.Review(cometDll, requirements, code, answersFile, QuestionsPerSitting);
                if (questions.Count == 0)
                {
                    break; // nothing left to ask
                }

                var answered = questions.Select(q => (q.Source, q.Target, Link: gold.Contains(CometTrace.RequirementId(q.Source), q.Target))).ToList();
                File.AppendAllLines(answersFile, answered.Select(a => $"{CsvFields.Quote(a.Source)},{CsvFields.Quote(a.Target)},{(a.Link ? "yes" : "no")}"));
                asked.AddRange(answered);
            }

            var traced = CometTrace.Run(cometDll, requirements, code, new TraceConfiguration($"after {asked.Count} answers", ["--answers", answersFile]), Path.Combine(work, $"reviewer-{asked.Count}.json"));
            var after = RequirementRanking.Of(traced.Links, gold);
            var touched = asked.Select(a => CometTrace.RequirementId(a.Source)).ToHashSet(StringComparer.Ordinal);
            var untouched = before.Keys.Where(id => !touched.Contains(id)).Order(StringComparer.Ordinal).ToList();
            var taught = traced.Stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("answers: ", StringComparison.Ordinal)) ?? "";
            results.Add(new ReviewCheckpoint(
                asked.Count, asked.Count(a => a.Link), touched.Count, untouched.Count,
                Mean(untouched, before, r => r.Ap), Mean(untouched, after, r => r.Ap),
                Mean(untouched, before, r => r.FirstIsLink ? 1 : 0), Mean(untouched, after, r => r.FirstIsLink ? 1 : 0),
                Mean(untouched, baseline, r => r.Ap), taught.Length > 0 ? taught["answers: ".Length..] : taught));
        }

        return results;
    }

    public static void Print(IReadOnlyList<ReviewCheckpoint> checkpoints)
    {
        if (checkpoints.Count == 0)
        {
            return;
        }

        Console.WriteLine("reviewer: comet review's questions answered from the markers; scored on the linked requirements never asked about");
        Console.WriteLine($"{"answers",8} {"links",6} {"asked",6} {"unasked",8}  {"MAP before -> after",22}  {"P@1 before -> after",20}  {"bm25 MAP",8}");
        foreach (var c in checkpoints)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Answers,8} {c.SayLink,6} {c.RequirementsAsked,6} {c.Unasked,8}  {c.MapBefore,9:0.0000} -> {c.MapAfter,6:0.0000} ({Math.Round(c.MapAfter - c.MapBefore, 3) + 0.0:+0.000;-0.000;0.000})  {c.PrecisionAt1Before,8:0.000} -> {c.PrecisionAt1After,6:0.000}  {c.Bm25Map,8:0.0000}"));
            Console.WriteLine($"{"",8} {c.Taught}");
        }
    }

    private static double Mean(List<string> ids, Dictionary<string, RequirementRanking> rankings, Func<RequirementRanking, double> value) =>
        ids.Count == 0 ? double.NaN : ids.Average(id => value(rankings[id]));
}

/// <summary>One checkpoint of <see cref="ReviewerRounds"/>: the answers so far and the unasked linked requirements' scores.</summary>
/// <param name="RequirementsAsked">Requirements with at least one answered link (linked or not).</param>
/// <param name="Unasked">Linked requirements with no answered link: what the scores average over.</param>
/// <param name="Taught">What `comet trace` said the answers changed.</param>
internal sealed record ReviewCheckpoint(
    int Answers, int SayLink, int RequirementsAsked, int Unasked, double MapBefore, double MapAfter,
    double PrecisionAt1Before, double PrecisionAt1After, double Bm25Map, string Taught);
