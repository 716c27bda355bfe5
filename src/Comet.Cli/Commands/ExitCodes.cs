namespace Comet.Cli.Commands;

/// <summary>What `comet` exits with, so scripts and CI steps can tell the cases apart (README states them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A bug in comet: the message and the exception's type are printed, to report.</summary>
    public const int InternalError = 1;

    /// <summary>Input the user can fix (a missing folder, a bad option, an unreadable file): one line on stderr.</summary>
    public const int InputError = 2;

    /// <summary>`evaluate --check`: the recomputed numbers differ from the committed results file.</summary>
    public const int ResultsDiffer = 3;

    /// <summary>Ctrl-C: the conventional 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
