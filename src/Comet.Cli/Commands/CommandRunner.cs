using Comet.Core;

namespace Comet.Cli.Commands;

/// <summary>
/// Runs a command body and turns the errors a user can fix into one line on stderr and exit code 2,
/// never a stack trace. Anything else is a bug: exit code 1 with the message (and the type, to report).
/// </summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CometInputException e)
        {
            Console.Error.WriteLine($"comet: error: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"comet: error: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("comet: cancelled");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The top level must catch everything so no stack trace reaches the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"comet: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
