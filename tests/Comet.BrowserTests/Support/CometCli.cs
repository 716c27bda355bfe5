using Comet.TestSupport;

namespace Comet.BrowserTests.Support;

/// <summary>Runs the built `comet` program (copied next to the tests) in the repository root, as a user would.</summary>
public static class CometCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs comet and fails unless it exits 0.</summary>
    public static void Run(params string[] args)
    {
        var result = RunRaw(args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"comet {string.Join(' ', args)} exited {result.ExitCode}: {result.StdErr}{result.StdOut}");
        }
    }

    /// <summary>Runs comet and returns its exit code and streams, whatever they are.</summary>
    internal static CometProcess.Result RunRaw(params string[] args) => CometProcess.Run(RepoPaths.Root, Timeout, args);
}
