using System.Globalization;
using System.Text;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Html.Writing;

namespace Comet.Cli.Output;

/// <summary>The HTML report file of `report`, `trace --report` and `evaluate --report`: checked first, written last.</summary>
internal static class ReportFile
{
    /// <summary>Fails with one line unless <paramref name="path"/> is an .html file that can be written; else returns it.</summary>
    /// <param name="option">The option that named the file, for the message.</param>
    public static string Check(string path, string option)
    {
        if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new CometInputException($"the report file must end in .html: {path}");
        }

        return OutputFile.CheckWritable(path, option);
    }

    /// <summary>Renders <paramref name="report"/> into <paramref name="path"/> (checked before the work began) and says so.</summary>
    public static void Write(HtmlReport report, string path, ProgressReporter progress)
    {
        var bytes = OutputFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(HtmlReportWriter.Render(report))));
        progress.Line(string.Create(CultureInfo.InvariantCulture, $"wrote report {path} ({bytes / 1024.0:0} KiB)"));
    }
}
