using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Gold;

/// <summary>
/// Maps raw gold rows onto the ids of a source and a target set: applies the manifest's id rules,
/// matches (optionally ignoring case), expands folder targets, removes duplicates and keeps links
/// to missing artifacts aside so that they are reported, never silently dropped.
/// </summary>
internal sealed class LinkResolver(ArtifactSet sources, ArtifactSet targets, GoldManifest spec)
{
    private readonly IdMatcher _sources = new(sources, spec.IgnoreCase);
    private readonly IdMatcher _targets = new(targets, spec.IgnoreCase);

    public ResolvedLinks Resolve(IEnumerable<RawLink> rows)
    {
        var links = new List<TraceLink>();
        var seen = new HashSet<TraceLink>();
        var missing = new List<TraceLink>();
        var seenMissing = new HashSet<TraceLink>();
        int duplicates = 0, folderRows = 0, folderLinks = 0;
        foreach (var row in rows)
        {
            var sourceId = spec.SourceIds.Apply(row.Source);
            var targetId = spec.TargetIds.Apply(row.Target);
            var source = _sources.Match(sourceId);
            var isFolder = spec.FolderTargets && targetId.EndsWith('/');
            IReadOnlyList<string> matchedTargets = isFolder
                ? _targets.MatchFolder(targetId)
                : _targets.Match(targetId) is { } single ? [single] : [];
            if (isFolder)
            {
                folderRows++;
                folderLinks += matchedTargets.Count;
            }

            if (source is null || matchedTargets.Count == 0)
            {
                var link = new TraceLink(source ?? sourceId, targetId);
                if (seenMissing.Add(link))
                {
                    missing.Add(link);
                }
                else
                {
                    duplicates++;
                }

                continue;
            }

            foreach (var target in matchedTargets)
            {
                var link = new TraceLink(source, target);
                if (seen.Add(link))
                {
                    links.Add(link);
                }
                else
                {
                    duplicates++;
                }
            }
        }

        return new ResolvedLinks(links, missing, duplicates, folderRows, folderLinks);
    }
}
