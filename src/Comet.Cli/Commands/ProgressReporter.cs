using Comet.Pipeline;

namespace Comet.Cli.Commands;

/// <summary>Progress lines on stderr, so that tables and JSON on stdout stay clean.</summary>
internal sealed class ProgressReporter(bool quiet) : IProgress<PipelineProgress>
{
    public void Report(PipelineProgress value)
    {
        if (!quiet)
        {
            Console.Error.WriteLine(value.ToString());
        }
    }

    public void Line(string text)
    {
        if (!quiet)
        {
            Console.Error.WriteLine(text);
        }
    }
}
