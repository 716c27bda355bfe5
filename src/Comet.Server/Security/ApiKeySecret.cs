using System.Security.Cryptography;
using System.Text;

namespace Comet.Server.Security;

/// <summary>
/// Makes and hashes key strings. A key is "comet_" plus 32 random bytes in base64url; at rest only its
/// SHA-256 is kept. A plain hash (no salt, no slow KDF) is enough because the key has 256 bits of
/// entropy: nothing can be guessed from the hash, unlike a password.
/// </summary>
internal static class ApiKeySecret
{
    public const string Prefix = "comet_";

    public static string NewKey()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
