using System.Diagnostics;

namespace Comet.BrowserTests.Support;

/// <summary>Runs the built `comet` program (copied next to the tests) in the repository root, as a user would.</summary>
public static class CometCli
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs comet and fails unless it exits 0.</summary>
    public static void Run(params string[] args)
    {
        var result = RunRaw(args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"comet {string.Join(' ', args)} exited {result.ExitCode}: {result.StdErr}{result.StdOut}");
        }
    }

    public static Result RunRaw(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "comet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("comet did not finish within 5 minutes: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
