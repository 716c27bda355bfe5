using Comet.Loading.Files.Walking;
using Comet.Loading.Text;

namespace Comet.Loading.Projects;

/// <summary>
/// The text of one project file, or why it has none. A NUL byte anywhere makes a file binary (unless
/// the bytes are UTF-16): the first 8 KB are looked at before the rest is read, so a large binary
/// with an early NUL costs one small read, and a late NUL is still found because the whole file is
/// decoded anyway. Minified bundles, source maps and licence texts are skipped too
/// (<see cref="GeneratedFiles"/>): they would take every requirement's candidate slots.
/// </summary>
internal static class ProjectFileText
{
    private const int HeadLength = 8192;

    public readonly record struct Outcome(string? Text, SkippedFile? Skipped);

    public static Outcome Read(string path)
    {
        if (GeneratedFiles.ByName(Path.GetFileName(path)) is { } named)
        {
            return Skip(path, named.Reason, named.Why);
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var head = new byte[HeadLength];
            var headLength = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
            if (TextDecoder.LooksBinary(head.AsSpan(0, headLength)))
            {
                return Skip(path, SkipReason.Binary, "NUL byte in the first 8 KB");
            }

            using var all = new MemoryStream();
            all.Write(head, 0, headLength);
            stream.CopyTo(all);
            bytes = all.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Skip(path, SkipReason.Unreadable, e.Message.ReplaceLineEndings(" "));
        }

        string text;
        try
        {
            text = TextDecoder.Decode(bytes).Text;
        }
        catch (UndecodableTextException e)
        {
            // Decode rejects NUL bytes it cannot read as UTF-16 anywhere in the file: a late-NUL binary.
            var binary = e.Message.Contains("NUL", StringComparison.Ordinal);
            return Skip(path, binary ? SkipReason.Binary : SkipReason.Undecodable, binary ? "NUL byte after the first 8 KB" : e.Message);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Skip(path, SkipReason.Empty, "white space only");
        }

        if (GeneratedFiles.ByContent(text) is { } generated)
        {
            return Skip(path, SkipReason.Generated, generated);
        }

        return new Outcome(RtfToText.IsRtf(text) ? RtfToText.Convert(text) : text, null);
    }

    private static Outcome Skip(string path, SkipReason reason, string detail) => new(null, new SkippedFile(path, reason, detail));
}
