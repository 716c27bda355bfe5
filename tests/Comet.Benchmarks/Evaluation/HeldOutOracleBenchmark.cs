using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Evaluation.Oracle;
using Comet.Loading.Catalog;

namespace Comet.Benchmarks.Evaluation;

/// <summary>
/// <c>held-out-oracle</c>: hbn against the best single measure chosen per task on other requirements
/// (<see cref="HeldOutOracle"/>), from the TREC files of <c>comet evaluate --trec</c>. Options: --trec DIR
/// (the measures' runs and the qrels), --model-trec DIR (the model's runs, if another evaluate wrote them;
/// default --trec), --model RUN (default: "model hbn +paths" where a task has it, else "model hbn"),
/// --measures a,b,... (default the nine of the catalog), --splits N (200), --seed N (7), --out FILE,
/// --check FILE (recompute and compare with a committed file: exit 3 on a difference).
/// </summary>
internal static class HeldOutOracleBenchmark
{
    private const string Measures = "vsm,lsi,js,bm25,embedding,arctic,ident,fine,biterm";
    private const double Tolerance = 1e-6;

    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--measures"] = Measures, ["--splits"] = "200", ["--seed"] = "7", ["--model"] = "auto",
        };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"held-out-oracle: {args[i]} needs a value (options: --trec DIR --model-trec DIR --model RUN --measures a,b --splits N --seed N --out FILE --check FILE)");
                return 2;
            }

            options[args[i]] = args[i + 1];
        }

        if (!options.TryGetValue("--trec", out var trec) || !Directory.Exists(trec))
        {
            Console.Error.WriteLine("held-out-oracle: give --trec DIR, a folder written by `comet evaluate --trec DIR`");
            return 2;
        }

        var modelTrec = options.GetValueOrDefault("--model-trec", trec);
        var measures = options["--measures"].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var splits = int.Parse(options["--splits"], CultureInfo.InvariantCulture);
        var seed = int.Parse(options["--seed"], CultureInfo.InvariantCulture);
        var catalog = DatasetCatalog.Default;
        var results = new List<(HeldOutResult Result, string Dataset, string Model)>();
        var skipped = new List<string>();
        foreach (var id in catalog.BenchmarkIds.Where(id => TrecFolder.HasTask(trec, id)))
        {
            var model = options["--model"] != "auto" ? options["--model"]
                : TrecFolder.HasRun(modelTrec, id, "model hbn +paths") ? "model hbn +paths" : "model hbn";
            var task = Load(trec, modelTrec, id, model, measures);
            if (HeldOutOracle.Compare(task, splits, seed) is { } result)
            {
                results.Add((result, catalog.Describe(id).Dataset, model));
            }
            else
            {
                skipped.Add(id);
            }
        }

        if (results.Count == 0)
        {
            Console.Error.WriteLine($"held-out-oracle: no task with two or more linked requirements in {trec}");
            return 2;
        }

        var json = Json(results, skipped, measures, splits, seed);
        Print(json, results, skipped);
        if (options.TryGetValue("--out", out var output))
        {
            File.WriteAllText(output, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Console.WriteLine($"wrote {output}");
        }

        return options.TryGetValue("--check", out var expected) ? Check(json, JsonNode.Parse(File.ReadAllText(expected))!) : 0;
    }

    private static OracleTask Load(string trec, string modelTrec, string id, string model, string[] measures)
    {
        var gold = TrecFolder.ReadQrels(trec, id);
        var modelLines = TrecFolder.ReadLines(modelTrec, id, model);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in gold.Keys.Concat(modelLines.Select(l => l.Source)))
        {
            index.TryAdd(source, index.Count);
        }

        var sourceGold = new int[index.Count];
        foreach (var (source, targets) in gold)
        {
            sourceGold[index[source]] = targets.Count;
        }

        var runs = measures.Select(m => TrecFolder.HasRun(trec, id, m)
            ? TrecFolder.ToOracleRun(m, TrecFolder.ReadLines(trec, id, m), index, gold, sourceGold)
            : throw new FileNotFoundException($"{id}: no run of {m} in {trec} (evaluate with --measures including it)")).ToArray();
        return new OracleTask(id, runs, TrecFolder.ToOracleRun(model, modelLines, index, gold, sourceGold), sourceGold);
    }

    private static JsonObject Json(List<(HeldOutResult Result, string Dataset, string Model)> results, List<string> skipped, string[] measures, int splits, int seed)
    {
        var tasks = new JsonArray();
        foreach (var (r, dataset, model) in results)
        {
            tasks.Add(new JsonObject
            {
                ["task"] = r.Task, ["dataset"] = dataset, ["model"] = model, ["linked_requirements"] = r.LinkedSources,
                ["model_ap"] = R(r.ModelAp), ["model_map"] = R(r.ModelMap),
                ["best_ap_measure"] = r.BestApMeasure, ["best_ap"] = R(r.BestAp),
                ["best_map_measure"] = r.BestMapMeasure, ["best_map"] = R(r.BestMap),
                ["half_model_ap"] = R(r.HalfModelAp), ["half_chosen_ap"] = R(r.HalfChosenAp), ["half_in_sample_ap"] = R(r.HalfInSampleAp),
                ["model_win_share"] = R(r.ModelWinShare), ["cross_fitted_map"] = R(r.CrossFittedMap), ["most_chosen"] = r.MostChosen,
            });
        }

        var summary = Summary(results);
        return new JsonObject
        {
            ["command"] = "comet evaluate --all --measures " + string.Join(',', measures) + " --model hbn [--transitive] --trec DIR; dotnet tests/Comet.Benchmarks/bin/Release/net10.0/Comet.Benchmarks.dll held-out-oracle --trec DIR",
            ["measures"] = new JsonArray([.. measures.Select(m => (JsonNode)m)]),
            ["splits"] = splits,
            ["seed"] = seed,
            ["skipped_fewer_than_two_linked"] = new JsonArray([.. skipped.Select(s => (JsonNode)s)]),
            ["summary"] = summary,
            ["datasets"] = Datasets(results),
            ["tasks"] = tasks,
        };
    }

    private static JsonObject Summary(List<(HeldOutResult Result, string Dataset, string Model)> results)
    {
        var r = results.Select(x => x.Result).ToList();
        return new JsonObject
        {
            ["tasks"] = r.Count,
            ["model_ap_above_best_measure"] = r.Count(x => x.ModelAp > x.BestAp),
            ["model_half_ap_above_chosen"] = r.Count(x => x.HalfModelAp > x.HalfChosenAp),
            ["model_wins_most_splits"] = r.Count(x => x.ModelWinShare > 0.5),
            ["model_map_above_best_measure"] = r.Count(x => x.ModelMap > x.BestMap),
            ["model_map_above_cross_fitted"] = r.Count(x => x.ModelMap > x.CrossFittedMap),
            ["mean_half_model_ap"] = R(r.Average(x => x.HalfModelAp)),
            ["mean_half_chosen_ap"] = R(r.Average(x => x.HalfChosenAp)),
            ["mean_half_in_sample_ap"] = R(r.Average(x => x.HalfInSampleAp)),
            ["mean_model_map"] = R(r.Average(x => x.ModelMap)),
            ["mean_cross_fitted_map"] = R(r.Average(x => x.CrossFittedMap)),
            ["mean_best_map"] = R(r.Average(x => x.BestMap)),
        };
    }

    // Per dataset, the issue's reading of MAP: the model's mean over the dataset's tasks against the
    // single measure with the best mean (chosen after seeing the gold), the cross-fitted pick's mean, and,
    // where the dataset has several tasks, the measure chosen on its other tasks (a team that labelled
    // other projects of the same kind).
    private static JsonArray Datasets(List<(HeldOutResult Result, string Dataset, string Model)> results)
    {
        var rows = new JsonArray();
        foreach (var group in results.GroupBy(x => x.Dataset).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tasks = group.Select(x => x.Result).ToList();
            var names = tasks[0].MeasureMaps.Keys.ToList();
            var best = names.MaxBy(m => tasks.Average(t => t.MeasureMaps[m]))!;
            var row = new JsonObject
            {
                ["dataset"] = group.Key,
                ["tasks"] = tasks.Count,
                ["model_map"] = R(tasks.Average(t => t.ModelMap)),
                ["best_measure"] = best,
                ["best_measure_map"] = R(tasks.Average(t => t.MeasureMaps[best])),
                ["cross_fitted_map"] = R(tasks.Average(t => t.CrossFittedMap)),
            };
            if (tasks.Count > 1)
            {
                row["other_tasks_pick_map"] = R(tasks.Average(t => t.MeasureMaps[OtherTasksPick(tasks, t, names)]));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string OtherTasksPick(List<HeldOutResult> tasks, HeldOutResult task, List<string> names) =>
        names.MaxBy(m => tasks.Where(t => t != task).Average(t => t.MeasureMaps[m]))!;

    private static void Print(JsonObject json, List<(HeldOutResult Result, string Dataset, string Model)> results, List<string> skipped)
    {
        var sum = json["summary"]!;
        string F(string key) => sum[key]!.GetValue<double>().ToString("0.0000", CultureInfo.InvariantCulture);
        string D(JsonNode row, string key) => row[key]!.GetValue<double>().ToString("0.0000", CultureInfo.InvariantCulture);
        Console.WriteLine($"{sum["tasks"]} tasks ({skipped.Count} with fewer than two linked requirements left out: {string.Join(", ", skipped)})");
        Console.WriteLine($"AP   model above the best measure chosen after seeing the task's gold: {sum["model_ap_above_best_measure"]}");
        Console.WriteLine($"AP   on held-out halves, model / measure chosen on the other half / best on the half itself: {F("mean_half_model_ap")} / {F("mean_half_chosen_ap")} / {F("mean_half_in_sample_ap")}; model above the chosen: {sum["model_half_ap_above_chosen"]} tasks (wins most splits: {sum["model_wins_most_splits"]})");
        Console.WriteLine($"MAP  model / cross-fitted pick / best after seeing the gold: {F("mean_model_map")} / {F("mean_cross_fitted_map")} / {F("mean_best_map")}; model above: {sum["model_map_above_cross_fitted"]} / {sum["model_map_above_best_measure"]} tasks");
        foreach (var row in json["datasets"]!.AsArray())
        {
            Console.WriteLine($"MAP  {row!["dataset"],-14} model {D(row, "model_map")}  best measure {row["best_measure"]} {D(row, "best_measure_map")}  cross-fitted pick {D(row, "cross_fitted_map")}");
        }

        Console.WriteLine("tasks where the model's held-out AP is below the pick's:");
        foreach (var x in results.Select(r => r.Result).Where(x => x.HalfModelAp <= x.HalfChosenAp).OrderBy(x => x.HalfModelAp - x.HalfChosenAp))
        {
            string G(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
            Console.WriteLine($"  {x.Task,-28} {x.LinkedSources,4} linked  model {G(x.HalfModelAp)}  chosen {G(x.HalfChosenAp)} (mostly {x.MostChosen})  wins {x.ModelWinShare:P0} of splits");
        }
    }

    private static int Check(JsonObject actual, JsonNode expected)
    {
        var problems = new List<string>();
        Compare("", expected, actual, problems);
        foreach (var p in problems)
        {
            Console.Error.WriteLine($"check: {p}");
        }

        Console.Error.WriteLine(problems.Count == 0 ? "check: all results match" : $"check: {problems.Count} differences");
        return problems.Count == 0 ? 0 : 3;
    }

    private static void Compare(string path, JsonNode? want, JsonNode? got, List<string> problems)
    {
        switch (want)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Compare($"{path}.{key}", value, (got as JsonObject)?[key], problems);
                }

                break;
            case JsonArray a when got is JsonArray b && a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    Compare($"{path}[{i}]", a[i], b[i], problems);
                }

                break;
            case JsonArray:
                problems.Add($"{path}: array length differs");
                break;
            case JsonValue v when v.TryGetValue<double>(out var w) && got is JsonValue g && g.TryGetValue<double>(out var h):
                if (Math.Abs(w - h) > Tolerance)
                {
                    problems.Add($"{path}: {h} != expected {w}");
                }

                break;
            default:
                if (want?.ToJsonString() != got?.ToJsonString())
                {
                    problems.Add($"{path}: {got?.ToJsonString()} != expected {want?.ToJsonString()}");
                }

                break;
        }
    }

    private static double R(double value) => Math.Round(value, 6);
}
