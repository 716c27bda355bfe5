using Comet.Cli.Progress;
using Comet.Loading.Files.Walking;
using Comet.Loading.Projects;
using Comet.Loading.Readers.Documents;

namespace Comet.Cli.Trace;

/// <summary>What loading did beyond one artifact per file: the documents read as their items, and what it left out (one line per reason; under --verbose every file).</summary>
internal static class LoadSummary
{
    /// <summary>One line per folder and format of the files read as the items they hold ("sources: 116 items from 2 OpenFastTrace documents").</summary>
    public static void PrintItemDocuments(IReadOnlyList<ItemDocument> documents, ProgressReporter progress)
    {
        foreach (var group in documents.GroupBy(d => (d.Role, d.Format)).OrderBy(g => g.Key.Role).ThenBy(g => g.Key.Format))
        {
            var items = group.Sum(d => d.Items);
            var files = group.Count();
            var role = group.Key.Role.ToString().ToLowerInvariant();
            progress.Line($"{role}: {items} {(items == 1 ? "item" : "items")} from {files} {RequirementDocument.Name(group.Key.Format)} {(files == 1 ? "document" : "documents")}, each traced on its own under its id"
                + (progress.Verbose ? ":" : string.Empty));
            if (progress.Verbose)
            {
                foreach (var document in group)
                {
                    progress.Line($"  {document.Path}  ({document.Items} {(document.Items == 1 ? "item" : "items")})");
                }
            }
        }
    }

    public static void Print(IReadOnlyList<SkippedFile> skipped, ProgressReporter progress)
    {
        foreach (var group in skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key))
        {
            var hint = progress.Verbose ? ":" : " (--verbose lists them)";
            progress.Line("skipped " + SkipReasons.Describe(group.Key, group.Count()) + hint);
            if (progress.Verbose)
            {
                foreach (var file in group)
                {
                    progress.Line("  " + file.Path + (file.Detail.Length > 0 ? "  (" + file.Detail + ")" : string.Empty));
                }
            }
        }
    }
}
