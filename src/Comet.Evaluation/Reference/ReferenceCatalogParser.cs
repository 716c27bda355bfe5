using System.Text.Json;
using Comet.Core;

namespace Comet.Evaluation.Reference;

/// <summary>
/// Parses datasets/reference-outputs.json: <c>{ "outputs": [ { "file", "task", "label", "primary",
/// "source": { "stripPrefix", "stripSuffix": [..] }, "target": { .. } } ] }</c>. Other top-level
/// fields are documentation. Read by hand (JsonDocument) so every mistake names its entry.
/// </summary>
internal static class ReferenceCatalogParser
{
    public static IReadOnlyList<ReferenceOutput> Parse(string json, string catalogPath, string referenceRoot)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!document.RootElement.TryGetProperty("outputs", out var outputs) || outputs.ValueKind != JsonValueKind.Array)
            {
                throw new CometInputException($"{catalogPath}: expected an 'outputs' array.");
            }

            return outputs.EnumerateArray().Select((entry, i) => ParseEntry(entry, $"{catalogPath}: outputs[{i}]", referenceRoot)).ToArray();
        }
        catch (JsonException e)
        {
            throw new CometInputException($"{catalogPath}: invalid JSON ({e.Message}).", e);
        }
    }

    private static ReferenceOutput ParseEntry(JsonElement entry, string where, string referenceRoot)
    {
        var file = RequireString(entry, "file", where);
        var fullPath = Path.GetFullPath(Path.Combine(referenceRoot, file));
        return new ReferenceOutput(
            RequireString(entry, "task", where),
            RequireString(entry, "label", where),
            entry.TryGetProperty("primary", out var primary) && primary.ValueKind == JsonValueKind.True,
            file,
            fullPath,
            ParseNormalisation(entry, "source", where),
            ParseNormalisation(entry, "target", where));
    }

    private static IdNormalisation ParseNormalisation(JsonElement entry, string side, string where)
    {
        if (!entry.TryGetProperty(side, out var element))
        {
            return IdNormalisation.None;
        }

        string? prefix = element.TryGetProperty("stripPrefix", out var p) ? p.GetString() : null;
        var suffixes = element.TryGetProperty("stripSuffix", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(x => x.GetString() ?? throw new CometInputException($"{where}.{side}: null suffix.")).ToArray()
            : [];
        return new IdNormalisation(prefix, suffixes);
    }

    private static string RequireString(JsonElement entry, string name, string where) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new CometInputException($"{where}: missing '{name}'.");
}
