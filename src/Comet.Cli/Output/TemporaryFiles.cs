using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Comet.Cli.Output;

/// <summary>
/// The temporary files (<c>*.tmp</c>) a command is writing, deleted if the user interrupts it: Ctrl-C
/// (SIGINT) or SIGTERM would otherwise end the process between writing a large temporary file and
/// renaming it, leaving it behind. The handlers only delete; they do not cancel the signal, so the
/// process still ends as the user asked.
/// </summary>
internal static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static List<PosixSignalRegistration>? _registrations;

    public static void Register(string path)
    {
        InstallHandlers();
        Pending[path] = 0;
    }

    /// <summary>The file was renamed or is no longer wanted: forget it, deleting it if it is still there.</summary>
    public static void Release(string path)
    {
        Pending.TryRemove(path, out _);
        TryDelete(path);
    }

    private static void InstallHandlers()
    {
        lock (Gate)
        {
            // SIGINT also covers Ctrl-C on Windows (the runtime maps it); SIGTERM is what `kill` and CI send.
            _registrations ??=
            [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => DeleteAll()),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => DeleteAll()),
            ];
        }
    }

    private static void DeleteAll()
    {
        foreach (var path in Pending.Keys)
        {
            TryDelete(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: an interrupted run must still end.
        }
    }
}
