using Comet.TestSupport;

namespace Comet.Cli.Tests;

/// <summary>Runs the built `comet` program as a child process, as a user would, and captures its streams.</summary>
internal static class CliProcess
{
    // Generous: the result-file checks evaluate every benchmark task.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static CometProcess.Result Run(params string[] args) => RunIn(RepoPaths.Root, args);

    public static CometProcess.Result RunIn(string workingDirectory, params string[] args) =>
        CometProcess.Run(workingDirectory, Timeout, args);
}
