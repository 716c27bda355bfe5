using Comet.Loading.Ids;

namespace Comet.Loading.Manifests;

/// <summary>
/// Where a task's links are and how to read them. Formats: <c>coest-xml</c> (answer set),
/// <c>lines</c> (each line: source then one or more targets, split at any of <see cref="Separators"/>;
/// covers <c>a,b</c>, <c>a: b</c>, <c>a b c</c>, <c>F4&lt;TAB&gt;F2,F3</c>) and <c>blocks</c> (the same,
/// per block between <see cref="BlockSeparator"/> marks, as in WARC and MODIS).
/// </summary>
internal sealed class GoldManifest
{
    public required string Format { get; init; }

    /// <summary>File relative to the dataset folder (case-insensitive).</summary>
    public required string Path { get; init; }

    /// <summary>Skip the first non-empty line.</summary>
    public bool Header { get; init; }

    /// <summary>Characters between ids; default space and tab.</summary>
    public string Separators { get; init; } = " \t";

    public string BlockSeparator { get; init; } = "%";

    /// <summary>Each row is one pair; extra ids are reported as a damaged row and ignored (Kiosk).</summary>
    public bool Pairs { get; init; }

    public IdRules SourceIds { get; init; } = IdRules.None;

    public IdRules TargetIds { get; init; } = IdRules.None;

    /// <summary>Match ids that differ from artifact ids only in letter case (when unambiguous).</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>A target ending in <c>/</c> means every target whose id starts with it (MediaStore, TeaStore).</summary>
    public bool FolderTargets { get; init; }

    /// <summary>Known damage fixed before parsing (the first line of Albergate's AnswerMatrix.txt).</summary>
    public IReadOnlyList<LineRepair> Repairs { get; init; } = [];

    /// <summary>A missing file is skipped instead of failing (demo traces that may not exist).</summary>
    public bool Optional { get; init; }
}
