using Comet.Core;

namespace Comet.Cli.Output;

/// <summary>
/// Output files: checked before any work starts (a folder that is missing or refuses new files fails
/// in a second, not after minutes of computing), and written through a temporary file that is renamed
/// at the end, so that a failed or interrupted run never leaves half a file.
/// </summary>
internal static class OutputFile
{
    /// <summary>Fails with one line when <paramref name="path"/> cannot be written; else returns it.</summary>
    /// <param name="option">The option that named the file, for the message ("--out").</param>
    public static string CheckWritable(string path, string option)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            throw new CometInputException($"{option}: output folder does not exist: {folder}");
        }

        if (Directory.Exists(full))
        {
            throw new CometInputException($"{option}: {path} is a folder, not a file");
        }

        // The only sure test of "can I create a file here" is creating one (permissions, read-only
        // mounts and pseudo file systems such as /proc all say no in different ways).
        var probe = Path.Combine(folder, $".comet-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is UnauthorizedAccessException ? "permission denied" : "the folder does not accept new files";
            throw new CometInputException($"{option}: cannot write into {folder} ({why})");
        }

        return path;
    }

    /// <summary>Writes through <c>path.tmp</c>, renamed to <paramref name="path"/> when complete; returns the size.</summary>
    public static long Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + ".tmp";
        TemporaryFiles.Register(temporary);
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return new FileInfo(path).Length;
        }
        finally
        {
            TemporaryFiles.Release(temporary);
        }
    }
}
