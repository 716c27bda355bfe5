using Comet.Cli.Progress;
using Comet.Loading.Files.Walking;

namespace Comet.Cli.Trace;

/// <summary>What loading left out: one line per reason, and under --verbose every file with its reason.</summary>
internal static class SkipSummary
{
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
