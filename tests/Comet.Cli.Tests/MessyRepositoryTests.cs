using System.Diagnostics;
using System.Text;

namespace Comet.Cli.Tests;

/// <summary>
/// `comet trace` on a repository as they come: empty files, a binary whose NUL comes late, a named pipe,
/// a symlink loop, hidden folders (and the .gitignore, itself hidden), a .gitignore and a file in Windows-1252. It must finish (a pipe
/// once hung it), keep the good files, and say in one line per kind what it left out.
/// </summary>
public sealed class MessyRepositoryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("comet-messy-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Trace_MessyRepository_SkipsBadFilesWithASummaryAndExitsZero()
    {
        Write("reqs/REQ-1.txt", "The library shall compute the fine for an overdue loan.");
        Write("reqs/REQ-2.txt", "A member shall see the caf\u00e9 opening hours.");
        Write("repo/billing/fines.py", "def compute_fine(loan, days_overdue):\n    return days_overdue * 0.5\n");
        Write("repo/billing/__init__.py", "");
        Write("repo/members/__init__.py", "");
        Write("repo/.gitignore", "*.log\nbuild/\n");
        Write("repo/server.log", "GET /fines 200");
        Write("repo/build/generated.py", "generated = True");
        Write("repo/.idea/misc.xml", "<project/>");
        Write("repo/.github/workflows/ci.yml", "on: push");
        WriteBytes("repo/members/hours.py", Encoding.Latin1.GetBytes("# caf\u00e9 opening hours for members\nHOURS = '8-18'\n"));
        var lateNul = Encoding.ASCII.GetBytes(new string('x', 12_000));
        lateNul[10_000] = 0;
        WriteBytes("repo/assets/data.bin", lateNul);
        Write("repo/static/jquery.min.js", "/*! jQuery */!function(e){return e}(window);");
        Write("repo/static/app.bundle.js", string.Concat(Enumerable.Repeat("var fine=function(loan){return loan.days*0.5};", 200)));
        Write("repo/LICENSE", "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.");
        Run("mkfifo", Path.Combine(_root.FullName, "repo", "events.pipe"));
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "repo", "billing", "loop"), Path.Combine(_root.FullName, "repo"));

        var result = CliProcess.Run("trace", "--sources", Path.Combine(_root.FullName, "reqs"), "--targets", Path.Combine(_root.FullName, "repo"),
            "--measures", "vsm,bm25", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var targets = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[3]).ToHashSet();
        Assert.Equal(["billing/fines.py", "members/hours.py"], targets.Order(StringComparer.Ordinal));
        Assert.Contains("skipped 3 hidden entries", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 2 entries ignored by .gitignore", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 2 empty files", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 binary file", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 special file (pipe, socket or device)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 symlink loop", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 2 minified or generated files", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 licence text (LICENSE, COPYING, NOTICE)", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_OpenFastTraceSpecification_RanksTargetsPerItemUnderItsOwnId()
    {
        Write("doc/spec/requirements.md", "# Requirements\n## Overdue fines\n`req~overdue-fine~1`\n\nThe library computes the fine for an overdue loan.\n\n"
            + "Needs: dsn\n\n## Opening hours\n`req~opening-hours~1`\n\nMembers see the cafe opening hours.\n");
        Write("repo/billing/fines.py", "def compute_fine(loan, days_overdue):\n    # the fine of an overdue loan\n    return days_overdue * 0.5\n");
        Write("repo/members/hours.py", "# cafe opening hours shown to members\nHOURS = '8-18'\n");

        var result = CliProcess.Run("trace", "--sources", Path.Combine(_root.FullName, "doc", "spec"), "--targets", Path.Combine(_root.FullName, "repo"),
            "--measures", "vsm,bm25", "--top", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("loaded 2 sources, 2 targets", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("sources: 2 items from 1 OpenFastTrace document, each traced on its own under its id", result.StdErr, StringComparison.Ordinal);
        var best = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[1], c => c[3]);
        Assert.Equal("billing/fines.py", best["req~overdue-fine~1"]);
        Assert.Equal("members/hours.py", best["req~opening-hours~1"]);
    }

    [Fact]
    public void Trace_TrlcRequirementsBesideTheCode_EachFolderTakesItsOwnFiles()
    {
        // LOBSTER's layout: one folder for both, told apart by --sources-include and --targets-include.
        Write("repo/tool/requirements.trlc", "package Tool\nreq.Requirement Overdue_Fine {\n  description = \"The library computes the fine for an overdue loan.\"\n}\n"
            + "req.Requirement Opening_Hours {\n  description = \"Members see the cafe opening hours.\"\n}\n");
        Write("repo/tool/fines.py", "def compute_fine(loan, days_overdue):\n    # the fine of an overdue loan\n    return days_overdue * 0.5\n");
        Write("repo/tool/hours.py", "# cafe opening hours shown to members\nHOURS = '8-18'\n");
        var repo = Path.Combine(_root.FullName, "repo");

        var result = CliProcess.Run("trace", "--sources", repo, "--sources-include", "*.trlc", "--targets", repo, "--targets-include", "*.py",
            "--measures", "vsm,bm25", "--top", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("loaded 2 sources, 2 targets", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("sources: 2 items from 1 TRLC document, each traced on its own under its id", result.StdErr, StringComparison.Ordinal);
        var best = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[1], c => c[3]);
        Assert.Equal("tool/fines.py", best["Tool.Overdue_Fine"]);
        Assert.Equal("tool/hours.py", best["Tool.Opening_Hours"]);
    }

    private void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
