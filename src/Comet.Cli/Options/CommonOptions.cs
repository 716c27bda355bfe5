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

    /// <summary>
    /// --embedding-precision fp32|int8: the MiniLM encoder's arithmetic; fp32 unless given. Checked by
    /// <see cref="EmbeddingCacheOption.ParsePrecision"/>, whose error is the CLI's one line (the parser's own lists the choices on three).
    /// </summary>
    public static Option<string> EmbeddingPrecision() =>
        new("--embedding-precision")
        {
            Description = "Arithmetic of the MiniLM embedding: fp32 (default, the model as shipped) or int8 (its weight products quantised at run time; "
                + "vectors cached apart from fp32's; docs/benchmarks.md \"int8 MiniLM\").",
            DefaultValueFactory = _ => "fp32",
        };

    public static Option<string?> Data() => new("--data") { Description = "Folder holding the benchmark datasets (default: $COMET_DATA, else ../shared/datasets)." };
}
