using System.Text.Json;
using System.Text.Json.Serialization;
using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Readers.Artifacts;
using Comet.Loading.Readers.Gold;

namespace Comet.Loading.Manifests;

/// <summary>
/// Reads a manifest and checks it before any data is touched: unknown fields, readers, formats,
/// kinds and set names are errors, so a typo fails at start-up rather than as a wrong count.
/// </summary>
internal static class ManifestParser
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static DatasetManifest Parse(string json, string origin)
    {
        DatasetManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DatasetManifest>(json, Options);
        }
        catch (JsonException e)
        {
            throw new CometInputException($"invalid manifest {origin}: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        if (manifest is null)
        {
            throw new CometInputException($"invalid manifest {origin}: empty");
        }

        Validate(manifest, origin);
        return manifest;
    }

    private static void Validate(DatasetManifest manifest, string origin)
    {
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new CometInputException($"invalid manifest {origin} ({manifest.Name}): {problem}");
            }
        }

        Require(manifest.Root is ManifestRoots.Data or ManifestRoots.Repo, $"root must be 'data' or 'repo', got '{manifest.Root}'");
        foreach (var (name, set) in manifest.ArtifactSets)
        {
            Require(Enum.TryParse<ArtifactKind>(set.Kind, ignoreCase: true, out _), $"set '{name}' has unknown kind '{set.Kind}'");
            Require(set.From.Count > 0, $"set '{name}' has no readers");
            foreach (var reader in set.From)
            {
                Require(ArtifactReaders.Names.Contains(reader.Reader), $"set '{name}' uses unknown reader '{reader.Reader}'");
            }
        }

        foreach (var task in manifest.Tasks)
        {
            var sets = new[] { task.Sources, task.Targets }.Concat(task.Intermediates)
                .Concat(task.KnownLinks.Values.SelectMany(k => new[] { k.From, k.To }));
            foreach (var set in sets)
            {
                Require(manifest.ArtifactSets.ContainsKey(set), $"task '{task.Id}' names unknown set '{set}'");
            }

            var golds = task.KnownLinks.Values.Select(k => k.Links).Append(task.Gold).OfType<GoldManifest>();
            foreach (var gold in golds)
            {
                Require(GoldReaders.Formats.Contains(gold.Format), $"task '{task.Id}' uses unknown gold format '{gold.Format}'");
            }
        }
    }
}
