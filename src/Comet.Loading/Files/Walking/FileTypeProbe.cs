using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Comet.Loading.Files.Walking;

/// <summary>What kind of file system object a path is, asked without opening it.</summary>
internal enum FileType
{
    Regular,
    Special,

    /// <summary>The platform could not say; the walker then relies on its size rule.</summary>
    Unknown,
}

/// <summary>What the probe learnt of a path: its type and, where the platform says, an identity (device and inode).</summary>
internal readonly record struct FileProbe(FileType Type, string? Identity);

/// <summary>
/// Tells regular files from pipes, sockets and devices before anything opens them (.NET reports all of
/// them as plain files, and opening a named pipe for reading blocks until a writer comes). On Linux it
/// asks statx(2), whose struct layout is the same on every architecture; elsewhere it answers Unknown
/// and the walker's rule that a file of size 0 is never opened keeps pipes and devices out anyway.
/// The identity (device and inode) lets the walker see a folder link that leads back up its own path,
/// however the link is spelled.
/// </summary>
internal static class FileTypeProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static FileProbe Of(string path)
    {
        var unknown = new FileProbe(FileType.Unknown, null);
        if (_unavailable)
        {
            return unknown;
        }

        try
        {
            var buffer = new byte[256];
            if (NativeMethods.statx(AtFdCwd, path, 0, StatxType | StatxIno, buffer) != 0)
            {
                return unknown;
            }

            var span = buffer.AsSpan();
            var type = BinaryPrimitives.ReadUInt16LittleEndian(span[ModeOffset..]) & TypeMask;
            var identity = FormattableString.Invariant(
                $"{BinaryPrimitives.ReadUInt32LittleEndian(span[DeviceMajorOffset..])}:{BinaryPrimitives.ReadUInt32LittleEndian(span[DeviceMinorOffset..])}:{BinaryPrimitives.ReadUInt64LittleEndian(span[InodeOffset..])}");
            return new FileProbe(type is RegularFile or Directory ? FileType.Regular : FileType.Special, identity);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without statx: fall back to the size rule from now on.
            _unavailable = true;
            return unknown;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, byte[] statxbuf);
    }
}
