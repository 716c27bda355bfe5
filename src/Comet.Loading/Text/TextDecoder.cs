using System.Text;

namespace Comet.Loading.Text;

/// <summary>
/// Decodes files whose encodings are mixed and mostly undeclared. Order: byte-order mark, UTF-16
/// without BOM (recognised by its zero bytes), strict UTF-8, else Windows-1252. The fallback is
/// cp1252 rather than ISO-8859-1 because the CoEST files use bytes 0x80-0x9F for quotes and dashes,
/// which Latin-1 would turn into control characters; for every other byte the two agree.
/// Line endings become <c>\n</c>. Stateless and thread-safe.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (needs <see cref="CodePagesEncodingProvider"/>, registered here once).</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>Decodes plain text; throws <see cref="UndecodableTextException"/> for binary or broken input.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeWithBom(bytes, out var decoded))
        {
            return decoded;
        }

        var utf16BigEndian = Utf16Heuristic.Detect(bytes);
        if (utf16BigEndian is { } bigEndian)
        {
            return bigEndian
                ? Strict(StrictUtf16Be, bytes, "utf-16be")
                : Strict(StrictUtf16Le, bytes, "utf-16le");
        }

        if (bytes.Contains((byte)0))
        {
            throw new UndecodableTextException("binary content (NUL bytes)");
        }

        return TryStrictUtf8(bytes, out var utf8) ? utf8 : Finish(Windows1252.GetString(bytes), "windows-1252");
    }

    /// <summary>
    /// Decodes an XML file: a BOM wins, then the encoding named in the XML declaration, then the
    /// rules of <see cref="Decode"/>. A declared ISO-8859-1 is read as its superset cp1252 (see the
    /// class remarks); a declared UTF-8 that is not valid UTF-8 falls back to cp1252.
    /// </summary>
    public static DecodedText DecodeXml(ReadOnlySpan<byte> bytes)
    {
        if (TryDecodeWithBom(bytes, out var decoded))
        {
            return decoded;
        }

        var declared = XmlEncodingDeclaration.Read(bytes);
        switch (declared?.ToUpperInvariant())
        {
            case "UTF-8" or "UTF8":
                return TryStrictUtf8(bytes, out var utf8)
                    ? utf8
                    : Finish(Windows1252.GetString(bytes), "windows-1252 (declared utf-8 is invalid)");
            case "ISO-8859-1" or "LATIN1" or "ISO_8859-1" or "WINDOWS-1252" or "CP1252":
                return Finish(Windows1252.GetString(bytes), "windows-1252");
            default:
                return Decode(bytes);
        }
    }

    /// <summary>True for content that is not text: NUL bytes that are not explained by UTF-16.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (HasUtf16Bom(head) || Utf16Heuristic.Detect(head) is not null)
        {
            return false;
        }

        return head.Contains((byte)0);
    }

    private static bool TryDecodeWithBom(ReadOnlySpan<byte> bytes, out DecodedText decoded)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            decoded = Strict(StrictUtf8, bytes[3..], "utf-8-bom");
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            decoded = Strict(StrictUtf16Le, bytes[2..], "utf-16le-bom");
            return true;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            decoded = Strict(StrictUtf16Be, bytes[2..], "utf-16be-bom");
            return true;
        }

        decoded = default;
        return false;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out DecodedText decoded)
    {
        try
        {
            decoded = Finish(StrictUtf8.GetString(bytes), "utf-8");
            return true;
        }
        catch (DecoderFallbackException)
        {
            decoded = default;
            return false;
        }
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return Finish(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException e)
        {
            throw new UndecodableTextException($"invalid {name} bytes", e);
        }
    }

    private static DecodedText Finish(string text, string name) =>
        new(text.ReplaceLineEndings("\n"), name);

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
