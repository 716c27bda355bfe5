using Comet.Cli.Progress;
using Comet.Loading.Files.Walking;
using Comet.Loading.Projects;

namespace Comet.Cli.Trace;

/// <summary>What loading left out: one line per reason, and under --verbose every file with its reason.</summary>
internal static class SkipSummary
{
    /// <summary>One line per format of the files read as the requirements they hold ("read 116 items from 9 OpenFastTrace documents").</summary>
    public static void PrintItemDocuments(IReadOnlyList<ItemDocument> documents, ProgressReporter progress)
    {
        foreach (var format in documents.GroupBy(d => d.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = format.Sum(d => d.Items);
            var files = format.Count();
            progress.Line($"read {items} {(items == 1 ? "item" : "items")} from {files} {format.Key} {(files == 1 ? "document" : "documents")}, each traced on its own under its id"
                + (progress.Verbose ? ":" : string.Empty));
            if (progress.Verbose)
            {
                foreach (var document in format)
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
