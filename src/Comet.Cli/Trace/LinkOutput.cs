using System.Text;
using Comet.Cli.Output;
using Comet.Reporting.Links;

namespace Comet.Cli.Trace;

/// <summary>Writes the link views in the chosen format to stdout or, through a temporary file, to --out.</summary>
internal static class LinkOutput
{
    public static void Write(string format, string? path, string taskId, IReadOnlyList<LinkView> views)
    {
        if (path is null)
        {
            if (format == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                LinkJsonWriter.Write(stdout, taskId, views);
                stdout.Write("\n"u8);
            }
            else
            {
                WriteText(Console.Out, format, views);
            }

            return;
        }

        OutputFile.Write(path, stream =>
        {
            if (format == "json")
            {
                LinkJsonWriter.Write(stream, taskId, views);
                return;
            }

            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            WriteText(writer, format, views);
        });
    }

    private static void WriteText(TextWriter writer, string format, IReadOnlyList<LinkView> views)
    {
        if (format == "csv")
        {
            LinkCsvWriter.Write(writer, views);
        }
        else
        {
            LinkTextWriter.Write(writer, views);
        }
    }
}
