using System.Globalization;
using System.Text;

namespace Comet.Server.Hosting;

/// <summary>
/// Makes one process the owner of a data folder for its whole life. Two servers on one folder both ran
/// start-up recovery, failed each other's running runs and deleted their links, so a second server
/// must refuse to start instead.
/// </summary>
/// <remarks>
/// The lock is an open of <c>comet.lock</c> with <see cref="FileShare.None"/>: .NET takes
/// <c>flock(LOCK_EX)</c> on it on Unix (a share-mode lock on Windows). The operating system drops the
/// lock when the process ends, however it ends (kill -9 included), so a crash never leaves a stale lock
/// behind and no pid has to be checked for liveness. Others cannot open the locked file, not even to
/// read it, so the holder describes itself in <c>comet.owner</c> beside it; that file is only read to
/// name the holder in a refusal, never to decide anything.
/// </remarks>
internal sealed class DataFolderLock : IDisposable
{
    public const string LockFileName = "comet.lock";
    public const string OwnerFileName = "comet.owner";

    private readonly FileStream _lock;

    private DataFolderLock(FileStream held, string folder)
    {
        _lock = held;
        Folder = folder;
    }

    public string Folder { get; }

    /// <summary>Takes the folder (creating it, owner-only) or returns null with a one-line description of the holder.</summary>
    public static DataFolderLock? TryAcquire(string folder, TimeProvider clock, out string holder)
    {
        folder = Path.GetFullPath(folder);
        PrivateFiles.CreateFolder(folder);
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(folder, LockFileName), PrivateFiles.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            holder = DescribeHolder(folder);
            return null;
        }

        var owner = string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} on host {Environment.MachineName}, started {clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}");
        using (var file = new FileStream(Path.Combine(folder, OwnerFileName), PrivateFiles.Options(FileMode.Create, FileAccess.Write, FileShare.Read)))
        {
            file.Write(Encoding.UTF8.GetBytes(owner + "\n"));
        }

        holder = owner;
        return new DataFolderLock(held, folder);
    }

    public void Dispose() => _lock.Dispose();

    private static string DescribeHolder(string folder)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
            return text.Length > 0 ? text : "a process that is still starting";
        }
        catch (IOException)
        {
            return "a process that has not yet written " + OwnerFileName;
        }
    }
}
