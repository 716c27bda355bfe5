using System.Text;
using System.Text.RegularExpressions;

namespace Comet.Loading.Text;

/// <summary>Reads the <c>encoding="..."</c> of an XML declaration from raw bytes (ASCII-compatible files only).</summary>
internal static partial class XmlEncodingDeclaration
{
    public static string? Read(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._-]+)["']""")]
    private static partial Regex DeclarationPattern();
}
