using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Cli.Options;
using Comet.Core;
using Comet.Core.Tasks;
using Comet.Loading;
using Comet.Loading.Catalog;

namespace Comet.Cli.Commands;

/// <summary>`comet datasets`: every benchmark task with its artifact and unique gold-link counts.</summary>
internal static class DatasetsCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        var data = CommonOptions.Data();
        var command = new Command("datasets", "List the benchmark tasks with their counts.") { format, data };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var json = parse.GetValue(format) switch
            {
                "json" => true,
                "table" => false,
                var other => throw new CometInputException($"--format must be table or json, got '{other}'"),
            };
            var tasks = DatasetCatalog.Default.LoadEach(DataRoot.Resolve(parse.GetValue(data)));
            if (json)
            {
                var rows = new JsonArray([.. tasks.Select(JsonRow)]);
                Console.Out.WriteLine(rows.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Success;
            }

            // Row by row as each task loads: the larger benchmarks take a moment each.
            Console.Out.WriteLine($"{"dataset",-24} {"sources",8} {"targets",8} {"gold",6}  notes");
            foreach (var (id, task, unavailable) in tasks)
            {
                Console.Out.WriteLine(task is null
                    ? $"{id,-24} {"-",8} {"-",8} {"-",6}  not available ({unavailable})"
                    : $"{id,-24} {task.Sources.Count,8} {task.Targets.Count,8} {task.Gold.Count,6}  {Notes(task)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonObject JsonRow(TaskAvailability available) => available.Task is not { } task
        ? new JsonObject { ["dataset"] = available.Id, ["available"] = false, ["notes"] = $"not available ({available.Unavailable})" }
        : new JsonObject
        {
            ["dataset"] = available.Id,
            ["available"] = true,
            ["sources"] = task.Sources.Count,
            ["targets"] = task.Targets.Count,
            ["gold"] = task.Gold.Count,
            ["missing_artifact_links"] = task.Diagnostics.MissingArtifactLinks.Count,
            ["notes"] = Notes(task),
        };

    private static string Notes(TraceTask task) => task.Diagnostics.IsClean ? string.Empty : task.Diagnostics.Summarize();
}
