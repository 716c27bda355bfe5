using System.Globalization;
using Comet.Core.Links;
using Comet.Evaluation.Metrics;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// `real-repos` (issue 21): traces public repositories whose developers keep requirement-to-code markers,
/// as a new user would, and scores each configuration against those markers. Per repository: read the
/// requirement texts in the repository's own format and write one file per requirement; copy the code with
/// every marker (and every stray requirement id) removed, keeping the links the markers named as the gold
/// standard; run `comet trace` once per configuration; print MAP, P@1 and global AP of each, the same for
/// each measure alone (from the all-measures run's per-measure scores), and the requirements on which the
/// default model falls furthest below BM25; then a simulated reviewer answers `comet review`'s questions
/// (<see cref="ReviewerRounds"/>). With --out, writes the numbers (no timings) as JSON.
/// </summary>
internal static class RealReposBenchmark
{
    /// <summary>The runs a user would try: the default, the two plain baselines, and the model with every measure the catalog has.</summary>
    public static IReadOnlyList<TraceConfiguration> Configurations { get; } =
    [
        new("hbn default", []),
        new("bm25", ["--measures", "bm25", "--model", "none"]),
        new("vsm", ["--measures", "vsm", "--model", "none"]),
        new("biterm", ["--measures", "biterm", "--model", "none"]),
        new("hbn lexical", ["--measures", "vsm,lsi,js,bm25"]),
        new("hbn default until session 20", ["--measures", "vsm,lsi,js,bm25,embedding"]),
        new("hbn all", ["--measures", "vsm,lsi,js,bm25,embedding,arctic,ident,fine,biterm"]),
    ];

    private const string AllMeasures = "hbn all";

    public static int Run(string[] args)
    {
        RealReposOptions options;
        try
        {
            options = RealReposOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (!File.Exists(options.CometDll))
        {
            Console.Error.WriteLine($"no comet CLI at {options.CometDll}: dotnet build src/Comet.Cli -c Release first");
            return 2;
        }

        var results = options.Checkouts.Select(c => TraceRepository(c, options)).ToList();
        if (options.Out is { } path)
        {
            RealReposResultFile.Write(path, results);
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static RepoResult TraceRepository(Checkout checkout, RealReposOptions options)
    {
        var spec = checkout.Spec;
        var work = Path.Combine(options.Work, spec.Name);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var read = spec.Requirements.Read(checkout.Folder);
        var requirements = read.DistinctBy(r => r.Id, StringComparer.Ordinal).ToList();
        var requirementFolder = Path.Combine(work, "requirements");
        var codeFolder = Path.Combine(work, "code");
        RequirementFiles.Write(requirements, requirementFolder);
        var scan = MarkerScan.Run(spec, checkout.Folder, requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), codeFolder);
        var candidates = new CandidateSpace(requirements.Select(r => r.Id), scan.CodeFiles);
        var linked = scan.Gold.Links.Select(l => l.SourceId).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"== {spec.Name} ({spec.Url} @ {checkout.Commit})");
        Console.WriteLine($"requirements {requirements.Count} ({read.Count - requirements.Count} duplicate ids dropped), {linked} with a marked file; code files {scan.CodeFiles.Count}; markers {scan.Markers}; gold links {scan.Gold.Count}");
        Console.WriteLine($"marker ids without a requirement text (not gold): {scan.UnknownIds.Count} [{string.Join(", ", scan.UnknownIds.Take(12))}{(scan.UnknownIds.Count > 12 ? ", ..." : string.Empty)}]; stray requirement ids removed from code: {scan.StrayIds}");

        var rows = new List<RunResult>();
        var outputs = new Dictionary<string, RankedLinks>(StringComparer.Ordinal);
        var rankings = new Dictionary<string, Dictionary<string, RequirementRanking>>(StringComparer.Ordinal);
        Console.WriteLine($"{"run",-22} {"MAP",6} {"P@1",6} {"AP",6} {"seconds",8}  load (1/5/15 min)");
        foreach (var configuration in Configurations)
        {
            var output = CometTrace.Run(options.CometDll, requirementFolder, codeFolder, configuration, Path.Combine(work, Slug(configuration.Label) + ".json"));
            ReportUnranked(output.Links, candidates, configuration.Label);
            rows.Add(Score(configuration.Label, string.Join(' ', configuration.Arguments), output.Links, scan.Gold, candidates, output.Seconds, output.Load));
            PrintStderr(output.Stderr);
            rankings[configuration.Label] = RequirementRanking.Of(output.Links, scan.Gold);
            outputs[configuration.Label] = output.Links;
            if (configuration.Label == AllMeasures)
            {
                // Each measure alone, ranked by its own column of the same run (what --measures M --model none gives).
                foreach (var (measure, links) in output.MeasureScores)
                {
                    rows.Add(Score(measure + " alone", "column of " + AllMeasures, links, scan.Gold, candidates, null, null));
                    rankings[measure + " alone"] = RequirementRanking.Of(links, scan.Gold);
                }
            }
        }

        Explain(requirements, rankings["hbn default"], rankings["bm25"], options.Explain);
        foreach (var label in (string[])["hbn default", "bm25", "vsm", "embedding alone"])
        {
            PrintHubs(label, rankings.GetValueOrDefault(label), scan.Gold);
        }

        var reviewer = ReviewerRounds.Run(options.CometDll, requirementFolder, codeFolder, work, scan.Gold, outputs["hbn default"], outputs["bm25"], options.ReviewCheckpoints);
        ReviewerRounds.Print(reviewer);
        return new RepoResult(spec, checkout.Commit, requirements.Count, linked, scan, rows, Wins(rankings, "hbn default", "bm25")) { Reviewer = reviewer };
    }

    private static RunResult Score(string label, string arguments, RankedLinks links, GoldStandard gold, CandidateSpace candidates, double? seconds, string? load)
    {
        var metrics = RequirementRanking.Score(links, gold, candidates);
        var row = new RunResult(label, arguments, metrics.MeanAveragePrecision, metrics.PrecisionAt.At1, metrics.AveragePrecision);
        var timing = seconds is { } s ? $"{CometTrace.Seconds(s),8}  {load}" : string.Empty;
        Console.WriteLine($"{label,-22} {F(row.Map),6} {F(row.PrecisionAt1),6} {F(row.Ap),6} {timing}");
        return row;
    }

    // A code file comet did not rank (skipped as binary, ignored ...) would make its gold links misses: say so.
    private static void ReportUnranked(RankedLinks links, CandidateSpace candidates, string label)
    {
        var ranked = links.Select(l => l.TargetId).ToHashSet(StringComparer.Ordinal);
        var missing = candidates.TargetIds.Where(t => !ranked.Contains(t)).ToList();
        var sources = links.Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
        var missingSources = candidates.SourceIds.Where(s => !sources.Contains(s)).ToList();
        if (missing.Count > 0 || missingSources.Count > 0)
        {
            Console.WriteLine($"  {label}: comet ranked no pair for {missing.Count} code files [{string.Join(", ", missing.Take(5))}] and {missingSources.Count} requirements [{string.Join(", ", missingSources.Take(5))}]");
        }
    }

    private static (int Better, int Worse, int Tied) Wins(Dictionary<string, Dictionary<string, RequirementRanking>> rankings, string model, string baseline)
    {
        var pairs = rankings[model].Values.Select(r => r.Ap - rankings[baseline][r.Id].Ap).ToList();
        return (pairs.Count(d => d > 1e-12), pairs.Count(d => d < -1e-12), pairs.Count(d => Math.Abs(d) <= 1e-12));
    }

    // The requirements where the default model's ranking falls furthest below BM25's, with what each put first.
    private static void Explain(IReadOnlyList<Requirement> requirements, Dictionary<string, RequirementRanking> hbn, Dictionary<string, RequirementRanking> bm25, int count)
    {
        var (better, worse, tied) = (hbn.Values.Count(r => r.Ap > bm25[r.Id].Ap + 1e-12), hbn.Values.Count(r => r.Ap < bm25[r.Id].Ap - 1e-12), hbn.Values.Count(r => Math.Abs(r.Ap - bm25[r.Id].Ap) <= 1e-12));
        Console.WriteLine($"per requirement, hbn default against bm25: AP higher on {better}, lower on {worse}, equal on {tied}");
        var text = requirements.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
        foreach (var ranking in hbn.Values.OrderBy(r => r.Ap - bm25[r.Id].Ap).ThenBy(r => r.Id, StringComparer.Ordinal).Take(count))
        {
            var baseline = bm25[ranking.Id];
            var words = text[ranking.Id].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            Console.WriteLine($"  {ranking.Id} ({words.Length} words, {ranking.Gold.Count} gold): AP hbn {F(ranking.Ap)} vs bm25 {F(baseline.Ap)}; first gold at hbn {ranking.FirstLinkRank}, bm25 {baseline.FirstLinkRank}");
            Console.WriteLine($"    text: {string.Join(' ', words.Take(30))}{(words.Length > 30 ? " ..." : string.Empty)}");
            Console.WriteLine($"    gold: {string.Join(", ", ranking.Gold.Order(StringComparer.Ordinal).Take(4))}{(ranking.Gold.Count > 4 ? ", ..." : string.Empty)}");
            Console.WriteLine($"    hbn top 3: {string.Join(", ", ranking.Top.Take(3))}");
            Console.WriteLine($"    bm25 top 3: {string.Join(", ", baseline.Top.Take(3))}");
        }
    }

    // Files a run puts first for many requirements ("hubs"): a ranking that favours them loses per requirement
    // wherever the requirement's own file is a specific one. Gold counts say how often each hub really is first.
    private static void PrintHubs(string label, Dictionary<string, RequirementRanking>? rankings, GoldStandard gold)
    {
        if (rankings is null)
        {
            return;
        }

        var firsts = rankings.Values.Where(r => r.Top.Count > 0).GroupBy(r => r.Top[0], StringComparer.Ordinal)
            .Select(g => (File: g.Key, Count: g.Count(), Right: g.Count(r => r.FirstIsLink)))
            .OrderByDescending(h => h.Count).ThenBy(h => h.File, StringComparer.Ordinal).ToList();
        var goldPerFile = gold.Links.GroupBy(l => l.TargetId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Console.WriteLine($"top-1 files, {label}: {firsts.Count} distinct over {rankings.Count} linked requirements; most often first: "
            + string.Join("; ", firsts.Take(3).Select(h => $"{Path.GetFileName(h.File)} {h.Count}x ({h.Right} right, gold of {goldPerFile.GetValueOrDefault(h.File)})")));
    }

    // What comet told the user on stderr (skipped files, embedding counts and rates, warnings), indented under the run.
    private static void PrintStderr(string stderr)
    {
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Console.WriteLine("    | " + line);
        }
    }

    private static string Slug(string label) => label.Replace(' ', '-');

    public static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>One configuration's headline numbers on one repository.</summary>
internal sealed record RunResult(string Label, string Arguments, double Map, double PrecisionAt1, double Ap);

/// <summary>One repository's counts and runs.</summary>
internal sealed record RepoResult(RepoSpec Spec, string Commit, int Requirements, int LinkedRequirements, MarkerScan Scan, IReadOnlyList<RunResult> Runs, (int Better, int Worse, int Tied) HbnAgainstBm25)
{
    /// <summary>What a simulated reviewer's answers did to the requirements nobody asked about (<see cref="ReviewerRounds"/>).</summary>
    public IReadOnlyList<ReviewCheckpoint> Reviewer { get; init; } = [];
}
