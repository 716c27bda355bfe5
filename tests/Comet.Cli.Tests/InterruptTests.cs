using System.Diagnostics;

namespace Comet.Cli.Tests;

/// <summary>Ctrl-C while `comet trace --out` writes must not leave the temporary file behind (issue 19 saw a 75 MB one).</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("comet-interrupt-");

    public void Dispose() => _root.Delete(recursive: true);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Trace_SignalWhileWriting_LeavesNoTemporaryFile(string signal)
    {
        // 200 x 2000 pairs with --top all: a CSV of about 10 MB, written for long enough to be interrupted.
        var random = new Random(7);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => "w" + random.Next(2000)));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "reqs"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "src"));
        for (var i = 0; i < 200; i++)
        {
            File.WriteAllText(Path.Combine(_root.FullName, "reqs", $"R{i}.txt"), Words(30));
        }

        for (var i = 0; i < 2000; i++)
        {
            File.WriteAllText(Path.Combine(_root.FullName, "src", $"F{i}.py"), Words(50));
        }

        var output = Path.Combine(_root.FullName, "links.csv");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "comet.dll"), "trace", "--sources", Path.Combine(_root.FullName, "reqs"), "--targets", Path.Combine(_root.FullName, "src"), "--model", "none", "--measures", "vsm", "--top", "all", "--out", output, "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        while (!File.Exists(output + ".tmp") && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(10);
        }

        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        // Whether the signal came in time or the write had just finished, no temporary file remains.
        Assert.Empty(Directory.EnumerateFiles(_root.FullName, "*.tmp"));
        Assert.True(process.ExitCode != 0 || File.Exists(output));
    }
}
