using System.Security.Cryptography;
using System.Text;

namespace Comet.Server.Artifacts;

/// <summary>SHA-256 of an artifact's text as UTF-8, lower-case hex: equal hashes mean unchanged artifacts.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
