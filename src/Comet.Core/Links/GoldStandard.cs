namespace Comet.Core.Links;

/// <summary>
/// The oracle links of a task, de-duplicated. Only links whose two ends exist in the task's
/// artifact sets belong here; the loader reports the others (see <c>LoadDiagnostics</c>).
/// </summary>
public sealed class GoldStandard
{
    private readonly HashSet<TraceLink> _links;
    private readonly Dictionary<string, HashSet<string>> _targetsBySource;

    public GoldStandard(IEnumerable<TraceLink> links)
    {
        _links = new HashSet<TraceLink>(links);
        _targetsBySource = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var link in _links)
        {
            if (!_targetsBySource.TryGetValue(link.SourceId, out var targets))
            {
                targets = new HashSet<string>(StringComparer.Ordinal);
                _targetsBySource[link.SourceId] = targets;
            }

            targets.Add(link.TargetId);
        }
    }

    public static GoldStandard Empty { get; } = new([]);

    /// <summary>Number of unique links.</summary>
    public int Count => _links.Count;

    public IReadOnlyCollection<TraceLink> Links => _links;

    /// <summary>Sources with at least one gold link (the sources that MAP averages over).</summary>
    public IReadOnlyCollection<string> LinkedSources => _targetsBySource.Keys;

    public bool Contains(string sourceId, string targetId) =>
        _targetsBySource.TryGetValue(sourceId, out var t) && t.Contains(targetId);

    public bool Contains(TraceLink link) => _links.Contains(link);

    /// <summary>Number of gold targets of one source (0 when it has none).</summary>
    public int CountFor(string sourceId) => _targetsBySource.TryGetValue(sourceId, out var t) ? t.Count : 0;

    public IReadOnlyCollection<string> TargetsOf(string sourceId) =>
        _targetsBySource.TryGetValue(sourceId, out var t) ? t : [];
}
