using System.Globalization;
using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Loading.Files;
using Comet.Loading.Manifests;
using Comet.Loading.Readers.Artifacts;
using Comet.Loading.Readers.Gold;

namespace Comet.Loading.Catalog;

/// <summary>Builds the <see cref="TraceTask"/>s of one dataset; each set is read once per loader.</summary>
internal sealed class TaskLoader(DatasetManifest dataset, DatasetFolder folder)
{
    private readonly Dictionary<string, (ArtifactSet Set, List<string> Warnings)> _sets = new(StringComparer.Ordinal);

    public TraceTask Load(TaskManifest task)
    {
        var warnings = new List<string>();
        var sources = Set(task.Sources, warnings);
        var targets = Set(task.Targets, warnings);
        var intermediates = task.Intermediates.Select(name => Set(name, warnings)).ToList();
        var gold = task.Gold is null ? null : ResolveGold(task.Gold, sources, targets, warnings);
        var knownLinks = new Dictionary<string, IReadOnlyList<TraceLink>>(StringComparer.Ordinal);
        foreach (var (name, spec) in task.KnownLinks)
        {
            var links = ResolveKnownLinks(name, spec, warnings);
            if (links is not null)
            {
                knownLinks[name] = links;
            }
        }

        return new TraceTask
        {
            Id = task.Id,
            Sources = sources,
            Targets = targets,
            Gold = gold is null ? GoldStandard.Empty : new GoldStandard(gold.Links),
            Intermediates = intermediates,
            KnownLinks = knownLinks,
            Languages = task.Languages ?? dataset.Languages,
            Diagnostics = new LoadDiagnostics(gold?.Missing ?? [], gold?.DuplicateRows ?? 0, warnings),
        };
    }

    private ArtifactSet Set(string name, List<string> taskWarnings)
    {
        if (!_sets.TryGetValue(name, out var entry))
        {
            var setWarnings = new List<string>();
            entry = (ArtifactSetBuilder.Build(name, dataset.ArtifactSets[name], folder, setWarnings), setWarnings);
            _sets[name] = entry;
        }

        taskWarnings.AddRange(entry.Warnings.Where(w => !taskWarnings.Contains(w)));
        return entry.Set;
    }

    private ResolvedLinks ResolveGold(GoldManifest spec, ArtifactSet sources, ArtifactSet targets, List<string> warnings)
    {
        var rows = GoldReaders.Read(spec, folder, warnings) ?? [];
        var resolved = new LinkResolver(sources, targets, spec).Resolve(rows);
        if (resolved.FolderRows > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(spec.Path)}: {resolved.FolderRows} folder rows expanded to {resolved.FolderLinks} file links"));
        }

        return resolved;
    }

    private List<TraceLink>? ResolveKnownLinks(string name, KnownLinksManifest spec, List<string> warnings)
    {
        var rows = GoldReaders.Read(spec.Links, folder, warnings);
        if (rows is null)
        {
            return null;
        }

        var resolved = new LinkResolver(Set(spec.From, warnings), Set(spec.To, warnings), spec.Links).Resolve(rows);
        if (resolved.Missing.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {resolved.Missing.Count} links name a missing artifact (e.g. {resolved.Missing[0]}); left out"));
        }

        if (resolved.DuplicateRows > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {resolved.DuplicateRows} duplicate rows removed"));
        }

        return resolved.Links.ToList();
    }
}
