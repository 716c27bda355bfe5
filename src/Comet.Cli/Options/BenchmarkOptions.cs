using System.CommandLine;
using Comet.Pipeline.Modelling;

namespace Comet.Cli.Options;

/// <summary>
/// The options of the commands that run benchmark tasks (`evaluate`, `report --dataset/--all`): declared
/// once so their names, descriptions and defaults cannot drift apart. Each command takes a fresh instance,
/// since an option belongs to the command it is added to.
/// </summary>
internal sealed class BenchmarkOptions
{
    public Option<string?> Dataset { get; } = new("--dataset") { Description = "One benchmark task id (see `comet datasets`)." };

    public Option<bool> All { get; } = new("--all") { Description = "Every benchmark task." };

    public Option<string?> Data { get; } = CommonOptions.Data();

    public Option<string> Measures { get; } = new("--measures")
    {
        Description = "Comma-separated measures (in a report, the first ranks the links).",
        DefaultValueFactory = _ => ModelDefaults.OnCommandLine(ModelDefaults.RankingMeasures),
    };

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();
}
