using Comet.Cli.Commands;
using Comet.TestSupport;

namespace Comet.Cli.Tests;

/// <summary>The report commands date their page by the clock they are given, not the machine's.</summary>
public class ReportClockTests
{
    [Fact]
    public void Report_FixedClock_PageShowsItsTime()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comet-report-{Guid.NewGuid():N}.html");
        try
        {
            string[] args = ["--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--measures", "vsm", "--out", path, "--quiet"];

            var exit = ReportCommand.Create(new FixedClock(FixedClock.Noon)).Parse(args).Invoke();

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains(FixedClock.NoonAsShown, File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
