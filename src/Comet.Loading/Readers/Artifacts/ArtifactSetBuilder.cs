using System.Globalization;
using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>Runs a set's readers, applies id rules, kind and language, and enforces unique ids.</summary>
internal static class ArtifactSetBuilder
{
    public static ArtifactSet Build(string name, ArtifactSetManifest spec, DatasetFolder folder, ICollection<string> warnings)
    {
        if (!Enum.TryParse<ArtifactKind>(spec.Kind, ignoreCase: true, out var kind))
        {
            throw new CometInputException($"artifact set '{name}': unknown kind '{spec.Kind}' (known: {string.Join(", ", Enum.GetNames<ArtifactKind>())})");
        }

        var merge = spec.DuplicateIds switch
        {
            "error" => false,
            "merge" => true,
            _ => throw new CometInputException($"artifact set '{name}': duplicateIds must be 'error' or 'merge', got '{spec.DuplicateIds}'"),
        };
        var order = new List<string>();
        var byId = new Dictionary<string, Artifact>(StringComparer.Ordinal);
        var merged = new List<string>();
        var textsById = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var reader in spec.From)
        {
            foreach (var raw in ArtifactReaders.Read(reader, folder, warnings))
            {
                var id = reader.IdRules.Apply(raw.Id);
                if (!byId.TryGetValue(id, out var first))
                {
                    byId[id] = new Artifact(id, kind, raw.Text, raw.OriginPath, spec.Language);
                    order.Add(id);
                }
                else if (merge)
                {
                    // Identical repeats add nothing; differing ones keep every text once.
                    var texts = textsById.TryGetValue(id, out var known) ? known : textsById[id] = [first.Text];
                    if (texts.Add(raw.Text))
                    {
                        byId[id] = first with { Text = $"{first.Text}\n{raw.Text}" };
                    }

                    merged.Add(id);
                }
                else
                {
                    throw new CometInputException($"artifact set '{name}' has the id '{id}' twice ({first.OriginPath}, {raw.OriginPath})");
                }
            }
        }

        if (merged.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {merged.Count} rows repeat an earlier id and were merged into it (e.g. {string.Join(", ", merged.Distinct().Take(3))})"));
        }

        return new ArtifactSet(name, order.Select(id => byId[id]));
    }
}
