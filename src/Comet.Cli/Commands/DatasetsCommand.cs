using System.CommandLine;
using System.Text.Json.Nodes;
using Comet.Cli.Options;
using Comet.Core;
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
            var catalog = DatasetCatalog.Default;
            var root = DataRoot.Resolve(parse.GetValue(data));
            var rows = new JsonArray();
            if (!json)
            {
                Console.Out.WriteLine($"{"dataset",-24} {"sources",8} {"targets",8} {"gold",6}  notes");
            }

            foreach (var id in catalog.TaskIds)
            {
                // A data folder without one benchmark (or with a broken one) is reported per task, not fatal.
                var unavailable = catalog.MissingFolder(id, root) is { } missing ? $"not available (no folder {missing})" : null;
                Comet.Core.Tasks.TraceTask? task = null;
                try
                {
                    task = unavailable is null ? catalog.Load(id, root) : null;
                }
                catch (CometInputException e)
                {
                    unavailable = $"not available ({e.Message})";
                }

                if (task is null)
                {
                    if (json)
                    {
                        rows.Add(new JsonObject { ["dataset"] = id, ["available"] = false, ["notes"] = unavailable });
                    }
                    else
                    {
                        Console.Out.WriteLine($"{id,-24} {"-",8} {"-",8} {"-",6}  {unavailable}");
                    }

                    continue;
                }

                var notes = task.Diagnostics.IsClean ? string.Empty : task.Diagnostics.Summarize();
                if (json)
                {
                    rows.Add(new JsonObject
                    {
                        ["dataset"] = id,
                        ["available"] = true,
                        ["sources"] = task.Sources.Count,
                        ["targets"] = task.Targets.Count,
                        ["gold"] = task.Gold.Count,
                        ["missing_artifact_links"] = task.Diagnostics.MissingArtifactLinks.Count,
                        ["notes"] = notes,
                    });
                }
                else
                {
                    Console.Out.WriteLine($"{id,-24} {task.Sources.Count,8} {task.Targets.Count,8} {task.Gold.Count,6}  {notes}");
                }
            }

            if (json)
            {
                Console.Out.WriteLine(rows.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
