using System.Globalization;

namespace Comet.Cli.Tests;

/// <summary>
/// `comet review` and `trace --answers` on the shipped demo: the questions come one per requirement,
/// an answered link is never asked again, answers reach the model, and bad answer files are one clear
/// error line (exit 2).
/// </summary>
public class ReviewCommandTests
{
    private static readonly string[] Lexical = ["--measures", "vsm,lsi,js,bm25"];

    [Fact]
    public void Review_NewProject_AsksOneLinkPerRequirementAsAnAnswersCsv()
    {
        var result = CliProcess.Run(["review", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--next", "5", .. Lexical]);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,target,answer,probability,rank_in_source,information_bits", lines[0]);
        Assert.Equal(6, lines.Length);
        var rows = lines[1..].Select(l => l.Split(',')).ToArray();
        Assert.Equal(5, rows.Select(r => r[0]).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(string.Empty, r[2]));
        var bits = rows.Select(r => double.Parse(r[5], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(bits.OrderDescending(), bits);
        Assert.Contains("not known until answers", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithAnswers_NeverAsksAnAnsweredLinkAndTraceUsesThem()
    {
        using var folder = new TempFolder();
        var first = CliProcess.Run(["review", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--next", "3", "--quiet", .. Lexical]);
        var asked = first.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => l.Split(',')).ToArray();
        var answers = Path.Combine(folder.Path, "answers.csv");
        File.WriteAllLines(answers, ["source,target,answer", .. asked.Select(r => $"{r[0]},{r[1]},yes"), "REQ-99.txt,gone/Old.java,no"]);

        var second = CliProcess.Run(["review", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--next", "30", "--answers", answers, .. Lexical]);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("read 3 answers from", second.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 about links this project no longer has", second.StdErr, StringComparison.Ordinal);
        var pairs = second.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => string.Join(',', l.Split(',')[..2])).ToHashSet();
        Assert.DoesNotContain(pairs, p => asked.Any(a => p == $"{a[0]},{a[1]}"));

        var traced = CliProcess.Run(["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--top", "all", "--answers", answers, "--quiet", .. Lexical]);
        var confirmed = traced.StdOut.Split('\n').Single(l => l.StartsWith($"code,{asked[0][0]},", StringComparison.Ordinal) && l.Contains($",{asked[0][1]},", StringComparison.Ordinal));
        Assert.Contains("feedback +", confirmed, StringComparison.Ordinal);
        Assert.Contains(",probably-linked,", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewRounds_AnsweredFromTheGold_GiveACountIntervalThatHoldsTheTruth()
    {
        // Four sittings of eight questions, answered as the demo's gold says: the model then claims a
        // count, and its 90% interval must hold the demo's 69 links (before the calibration's own doubt
        // was counted it read 50-68 here).
        using var folder = new TempFolder();
        var gold = File.ReadAllLines(RepoPaths.Demo(Path.Combine("gold", "req_to_code.csv"))).Skip(1).ToHashSet();
        var answers = Path.Combine(folder.Path, "answers.csv");
        File.WriteAllLines(answers, ["source,target,answer"]);
        for (var round = 0; round < 4; round++)
        {
            var asked = CliProcess.Run(["review", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--next", "8", "--answers", answers, "--quiet", .. Lexical]);
            Assert.Equal(0, asked.ExitCode);
            var rows = asked.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => string.Join(',', l.Split(',')[..2]));
            File.AppendAllLines(answers, rows.Select(r => r + (gold.Contains(r) ? ",yes" : ",no")));
        }

        var traced = CliProcess.Run(["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--answers", answers, "--format", "table", .. Lexical]);

        // The reviewer is told what the answers changed, not only shown the answered links move.
        var yes = File.ReadLines(answers).Count(l => l.EndsWith(",yes", StringComparison.Ordinal));
        var taught = traced.StdErr.Split('\n').Single(l => l.StartsWith("answers: ", StringComparison.Ordinal));
        Assert.StartsWith($"answers: 32 answers ({yes} say link): ", taught, StringComparison.Ordinal);
        Assert.Matches("recalibrated every link|reordered the links with learned weights|the rest keep the model's order", taught);

        var line = traced.StdOut.Split('\n').Concat(traced.StdErr.Split('\n')).Single(l => l.Contains("90% interval", StringComparison.Ordinal));
        var range = System.Text.RegularExpressions.Regex.Match(line, @"interval (\d+)-(\d+)");
        Assert.True(range.Success, line);
        Assert.InRange(69, int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Review_CsvWithItsAnswerColumnFilledIn_IsTheAnswersFile()
    {
        // README: "the CSV has the answers file's columns, so answering is filling in the blank column".
        // The review's own file goes back as it is: extra columns ignored, a blank answer not yet counted.
        using var folder = new TempFolder();
        var asked = CliProcess.Run(["review", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--next", "4", "--quiet", .. Lexical]);
        var lines = asked.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var answers = Path.Combine(folder.Path, "review.csv");
        File.WriteAllLines(answers, [lines[0], .. lines[1..].Select((l, i) => i < 3 ? l.Replace(",,", i == 0 ? ",no," : ",yes,", StringComparison.Ordinal) : l)]);

        var traced = CliProcess.Run(["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--top", "1", "--answers", answers, .. Lexical]);

        Assert.True(traced.ExitCode == 0, traced.StdErr);
        Assert.Contains("read 3 answers from", traced.StdErr, StringComparison.Ordinal);
        Assert.Contains("1 line with the answer still blank, not counted", traced.StdErr, StringComparison.Ordinal);
        Assert.Contains("answers: 3 answers (2 say link)", traced.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_FileNamesWithCommas_SurviveTheRoundTripThroughTheAnswersFile()
    {
        using var folder = new TempFolder();
        var requirements = Directory.CreateDirectory(Path.Combine(folder.Path, "reqs")).FullName;
        var code = Directory.CreateDirectory(Path.Combine(folder.Path, "code")).FullName;
        File.WriteAllText(Path.Combine(requirements, "login, logout.txt"), "The user logs in with a password and logs out again.");
        File.WriteAllText(Path.Combine(requirements, "report.txt"), "The clerk prints the monthly loan report.");
        File.WriteAllText(Path.Combine(code, "Login, \"Session\".java"), "class LoginSession { void login(String password) {} void logout() {} }");
        File.WriteAllText(Path.Combine(code, "Report.java"), "class Report { void printMonthlyLoanReport() {} }");
        File.WriteAllText(Path.Combine(code, "Loan.java"), "class Loan { int months; }");

        var asked = CliProcess.Run(["review", "--sources", requirements, "--targets", code, "--next", "2", "--quiet", .. Lexical]);
        Assert.True(asked.ExitCode == 0, asked.StdErr);
        var lines = asked.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("\"login, logout.txt\",", StringComparison.Ordinal));
        var answers = Path.Combine(folder.Path, "answers.csv");
        File.WriteAllLines(answers, [lines[0], .. lines[1..].Select(l => l.Replace(",,", ",yes,", StringComparison.Ordinal))]);

        var again = CliProcess.Run(["review", "--sources", requirements, "--targets", code, "--next", "2", "--answers", answers, .. Lexical]);

        Assert.True(again.ExitCode == 0, again.StdErr);
        Assert.Contains("read 2 answers from", again.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer has", again.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source,target\nREQ-01.txt,member/Member.java", "the first line must be the header source,target,answer")]
    [InlineData("source,target,answer\n\"REQ-01.txt,member/Member.java,yes", "line 2: expected source,target,answer")]
    [InlineData("source,target,answer\nREQ-01.txt,member/Member.java,maybe", "line 2: answer 'maybe' is not yes, no or 1-5")]
    [InlineData("source,target,answer\nREQ-01.txt,member/Member.java", "line 2: expected source,target,answer")]
    public void Trace_BadAnswersFile_IsOneClearErrorLine(string content, string expected)
    {
        using var folder = new TempFolder();
        var answers = Path.Combine(folder.Path, "answers.csv");
        File.WriteAllText(answers, content);

        var result = CliProcess.Run(["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "hbn", "--measures", "vsm", "--answers", answers, "--quiet"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("comet-review-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
