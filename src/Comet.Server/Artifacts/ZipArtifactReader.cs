using System.IO.Compression;
using Comet.Loading.Projects;
using Comet.Loading.Text;
using Comet.Server.Hosting;

namespace Comet.Server.Artifacts;

/// <summary>
/// Reads a zip of folders, in memory, into artifact requests. Layout: <c>sources/</c>, <c>targets/</c>
/// and <c>intermediates/</c> (or <c>tests/</c>) at the top, or under one common top folder. An
/// artifact's id is its path inside its role folder ("auth/Login.java"). Text is decoded as the CLI
/// decodes files (BOM, UTF-16, UTF-8, else Windows-1252; RTF reduced to text). Minified bundles, source
/// maps and licence texts are left out with the reason, as <c>comet trace</c> and the Jenkins step leave them
/// out of a folder (<see cref="GeneratedFiles"/>): a zip is a folder sent whole.
/// </summary>
internal sealed class ZipArtifactReader(ServerOptions limits)
{
    private static readonly Dictionary<string, ArtifactRole> RoleFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sources"] = ArtifactRole.Source,
        ["targets"] = ArtifactRole.Target,
        ["intermediates"] = ArtifactRole.Intermediate,
        ["tests"] = ArtifactRole.Intermediate,
    };

    public sealed record Contents(IReadOnlyList<ArtifactRequest> Artifacts, IReadOnlyList<string> Skipped);

    /// <exception cref="ZipRejectedException">The zip is broken, unsafe or over a limit.</exception>
    public Contents Read(Stream zip)
    {
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            return ReadArchive(archive);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new ZipRejectedException("the body is not a valid zip archive: " + e.Message, e);
        }
    }

    private Contents ReadArchive(ZipArchive archive)
    {
        if (archive.Entries.Count > limits.MaxZipEntries)
        {
            throw new ZipRejectedException($"the zip has {archive.Entries.Count} entries; the limit is {limits.MaxZipEntries}");
        }

        var files = archive.Entries.Select(e => (Entry: e, Segments: SafeSegments(e))).Where(f => !f.Entry.FullName.EndsWith('/')).ToList();
        var skip = CommonRootLength(files.Select(f => f.Segments).ToList());
        var artifacts = new List<ArtifactRequest>();
        var skipped = new List<string>();
        long expanded = 0;
        foreach (var (entry, segments) in files)
        {
            var inner = segments[skip..];
            if (inner.Any(s => s.StartsWith('.') || s == "__MACOSX"))
            {
                skipped.Add(entry.FullName + ": hidden file");
                continue;
            }

            if (inner.Length < 2 || !RoleFolders.TryGetValue(inner[0], out var role))
            {
                skipped.Add(entry.FullName + ": not under sources/, targets/, intermediates/ or tests/");
                continue;
            }

            if (GeneratedFiles.ByName(inner[^1]) is { } named)
            {
                skipped.Add(entry.FullName + ": " + named.Why);
                continue;
            }

            var bytes = ReadBounded(entry, ref expanded);
            if (!TryDecode(bytes, out var text, out var why))
            {
                skipped.Add(entry.FullName + ": " + why);
                continue;
            }

            if (GeneratedFiles.ByContent(text) is { } generated)
            {
                skipped.Add(entry.FullName + ": minified or generated (" + generated + ")");
                continue;
            }

            var id = string.Join('/', inner[1..]);
            artifacts.Add(new ArtifactRequest(role, id, null, text, string.Join('/', segments), null));
        }

        // Many small entries of repetitive text pass the per-entry ratio test one by one; the whole
        // archive must not expand more than the ratio either (a 70 KB zip once stored 129 MB).
        var compressed = files.Sum(f => f.Entry.CompressedLength);
        if (expanded > 1 << 20 && expanded / Math.Max(1, compressed) > limits.MaxZipCompressionRatio)
        {
            throw new ZipRejectedException($"the zip expands {expanded / Math.Max(1, compressed)}:1 in all; the limit is {limits.MaxZipCompressionRatio}:1 (a zip bomb?)") { TooLarge = true };
        }

        return new Contents(artifacts, skipped);
    }

    private static string[] SafeSegments(ZipArchiveEntry entry) =>
        ZipEntryPath.Split(entry.FullName, out var problem)
        ?? throw new ZipRejectedException($"unsafe entry name '{Printable(entry.FullName)}': {problem}");

    // A zip of a folder ("project/sources/...") has one top folder that is not a role: look through it.
    private static int CommonRootLength(List<string[]> paths)
    {
        if (paths.Count == 0 || paths.Any(p => p.Length < 2))
        {
            return 0;
        }

        var first = paths[0][0];
        return !RoleFolders.ContainsKey(first) && paths.All(p => string.Equals(p[0], first, StringComparison.Ordinal)) ? 1 : 0;
    }

    // Declared sizes can lie, so the bytes are counted as they are inflated; the ratio test catches a
    // bomb before it is inflated, the counters catch one that hides its size.
    private byte[] ReadBounded(ZipArchiveEntry entry, ref long expanded)
    {
        var perEntryLimit = Math.Min(limits.MaxZipExpandedBytes, 4L * limits.MaxArtifactChars);
        if (entry.Length > perEntryLimit || expanded + entry.Length > limits.MaxZipExpandedBytes)
        {
            throw new ZipRejectedException($"entry '{entry.FullName}' expands beyond the limits ({perEntryLimit} bytes per file, {limits.MaxZipExpandedBytes} in all)") { TooLarge = true };
        }

        if (entry.Length > 1 << 20 && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxZipCompressionRatio)
        {
            throw new ZipRejectedException($"entry '{entry.FullName}' is compressed more than {limits.MaxZipCompressionRatio}:1 (a zip bomb?)") { TooLarge = true };
        }

        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            expanded += read;
            if (output.Length + read > perEntryLimit || expanded > limits.MaxZipExpandedBytes)
            {
                throw new ZipRejectedException($"entry '{entry.FullName}' expands beyond the limits (zip bomb?)") { TooLarge = true };
            }

            output.Write(buffer, 0, read);
        }

        // A header that states another size than the data holds is refused rather than trusted either way
        // (the text used to be cut at the stated size without a word): the size read and the CRC must match it.
        var bytes = output.ToArray();
        if (bytes.Length != entry.Length || ZipCrc32.Of(bytes) != entry.Crc32)
        {
            throw new ZipRejectedException($"entry '{entry.FullName}' does not match its header (the header says {entry.Length} bytes; {bytes.Length} read, checksum {(ZipCrc32.Of(bytes) == entry.Crc32 ? "matches" : "differs")})");
        }

        return bytes;
    }

    private static bool TryDecode(byte[] bytes, out string text, out string why)
    {
        try
        {
            text = TextDecoder.Decode(bytes).Text;
            text = RtfToText.IsRtf(text) ? RtfToText.Convert(text) : text;
            why = string.Empty;
            return true;
        }
        catch (UndecodableTextException e)
        {
            text = string.Empty;
            why = "not text (" + e.Message + ")";
            return false;
        }
    }

    private static string Printable(string name) => new([.. name.Take(200).Select(c => char.IsControl(c) ? '?' : c)]);
}
