using System.CommandLine;
using Comet.Cli.Caching;

namespace Comet.Cli.Options;

/// <summary>
/// Options that project and benchmark commands alike take, declared once. Each call makes a new option,
/// since an option belongs to the one command it is added to.
/// </summary>
internal static class CommonOptions
{
    public static Option<bool> Quiet() => new("--quiet") { Description = "No progress on stderr." };

    public static Option<string?> Cache() => new("--cache") { Description = EmbeddingCacheOption.Description };

    public static Option<string?> Data() => new("--data") { Description = "Folder holding the benchmark datasets (default: $COMET_DATA, else ../shared/datasets)." };
}
