using System.Globalization;
using System.Security.Cryptography;
using Comet.Core.Caching;

namespace Comet.Measures.Embeddings.Encoding.Quantization;

/// <summary>
/// The int8 model of an fp32 ONNX file, made once and kept in a folder (<see cref="CacheFolders.DefaultModels()"/>)
/// under a name made of the source file's SHA-256 and <see cref="DynamicInt8Quantizer.Version"/>: another
/// package build or another quantiser gives another file, never a stale one. Written to a temporary
/// name and moved into place, so a reader never sees half a file. Where the folder cannot be written
/// the model is quantised in memory each time (under a second).
/// </summary>
internal static class QuantisedModelFile
{
    public static byte[] Load(byte[] fp32Model, string folder)
    {
        ArgumentNullException.ThrowIfNull(fp32Model);
        ArgumentNullException.ThrowIfNull(folder);
        var path = PathFor(fp32Model, folder);

        // Read as every cache entry is (a hit records its use for `comet cache prune`); unreadable or
        // pruned meanwhile: made again below.
        if (CacheFile.TryRead(path) is { } cached)
        {
            return cached;
        }

        var (model, _) = DynamicInt8Quantizer.Quantize(fp32Model);
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            File.WriteAllBytes(temporary, model);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still runs int8, only without keeping the file.
        }

        return model;
    }

    internal static string PathFor(byte[] fp32Model, string folder)
    {
        var source = Convert.ToHexStringLower(SHA256.HashData(fp32Model));
        return Path.Combine(folder, FormattableString.Invariant($"{source}.int8-dynamic-v{DynamicInt8Quantizer.Version}.onnx"));
    }
}
