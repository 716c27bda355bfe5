using System.CommandLine;
using Comet.Cli.Trace;
using Comet.Loading.Files.Walking;
using Comet.Loading.Projects;
using Comet.Pipeline.Modelling;

namespace Comet.Cli.Options;

/// <summary>
/// The options every command that traces a project's folders shares (`trace`, `review`; `report` takes
/// its folders and languages): declared once so their names, descriptions and defaults cannot drift apart.
/// Each command takes a fresh instance, since an option belongs to the command it is added to, and lists
/// the options where its help should show them.
/// </summary>
internal sealed class ProjectOptions
{
    public Option<string?> Sources { get; } = new("--sources") { Description = "Folder of source artifacts (e.g. requirements)." };

    public Option<string?> Targets { get; } = new("--targets") { Description = "Folder of target artifacts (e.g. source code)." };

    public Option<string> Languages { get; } = new("--languages") { Description = "Natural languages of the text: en, it or en,it.", DefaultValueFactory = _ => ModelDefaults.Language };

    public Option<string> Measures { get; } = new("--measures")
    {
        Description = "Comma-separated measures the model combines (without a model, the first ranks the links). The default: biterm (VSM with the word pairs both sides use), lsi, js, bm25 and the offline MiniLM embedding: mean AP .464 against .421 for the four lexical measures alone over the 67 benchmark tasks (docs/benchmarks.md)",
        DefaultValueFactory = _ => ModelDefaults.OnCommandLine(ModelDefaults.TraceMeasures),
    };

    public Option<string[]> Include { get; } = new("--include") { Description = "Only files matching this gitignore-style glob (repeatable), e.g. --include '*.py'.", AllowMultipleArgumentsPerToken = false };

    public Option<string[]> SourcesInclude { get; } = FolderInclude(ProjectFolderRole.Sources, "'*.trlc'");

    public Option<string[]> TargetsInclude { get; } = FolderInclude(ProjectFolderRole.Targets, "'*.py'");

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Leave out files and folders matching this glob (repeatable), e.g. --exclude 'vendor/'." };

    public Option<string?> Cache { get; } = CommonOptions.Cache();

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();

    /// <summary>A folder's own include globs, which replace --include for that folder.</summary>
    public static Option<string[]> FolderInclude(ProjectFolderRole role, string example) =>
        new(ProjectWalk.OptionName(role))
        {
            Description = $"Only the {role.ToString().ToLowerInvariant()} folder's files matching this glob (repeatable; replaces --include there), e.g. {ProjectWalk.OptionName(role)} {example}.",
            AllowMultipleArgumentsPerToken = false,
        };

    /// <summary>The request these options and the command's own describe, every value checked before any work starts.</summary>
    /// <param name="testsInclude">The tests folder's own include globs (commands with a --tests folder).</param>
    public TraceRequest Request(ParseResult parse, string? tests, string? top, string? format, string? output, string? report, string[]? testsInclude = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var walk = new ProjectWalk
        {
            Common = new WalkOptions { Include = parse.GetValue(Include) ?? [], Exclude = parse.GetValue(Exclude) ?? [] },
            FolderInclude = new Dictionary<ProjectFolderRole, IReadOnlyList<string>>
            {
                [ProjectFolderRole.Sources] = parse.GetValue(SourcesInclude) ?? [],
                [ProjectFolderRole.Targets] = parse.GetValue(TargetsInclude) ?? [],
                [ProjectFolderRole.Tests] = testsInclude ?? [],
            },
        };
        return TraceRequest.Create(
            parse.GetValue(Sources), parse.GetValue(Targets), tests, parse.GetValue(Languages)!, parse.GetValue(Measures)!,
            top, format, output, report, walk, stdoutIsTerminal: !Console.IsOutputRedirected);
    }
}
