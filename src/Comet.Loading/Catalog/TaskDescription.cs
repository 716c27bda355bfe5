namespace Comet.Loading.Catalog;

/// <summary>What a task is, without loading it.</summary>
/// <param name="Id">Task id, e.g. <c>LibEST/req-code</c>.</param>
/// <param name="Dataset">Dataset (manifest) name.</param>
/// <param name="SourceSet">Name of the source artifact set.</param>
/// <param name="TargetSet">Name of the target artifact set.</param>
/// <param name="GoldFile">Gold file relative to the data root (or the repo's datasets folder), if any.</param>
/// <param name="Intermediates">Names of the intermediate sets.</param>
/// <param name="Languages">Natural languages, primary first.</param>
/// <param name="IsBenchmark">False for examples such as the demo.</param>
public sealed record TaskDescription(
    string Id,
    string Dataset,
    string SourceSet,
    string TargetSet,
    string? GoldFile,
    IReadOnlyList<string> Intermediates,
    IReadOnlyList<string> Languages,
    bool IsBenchmark)
{
    /// <summary>"sources -> targets", e.g. "requirements -> source".</summary>
    public string Direction => $"{SourceSet} -> {TargetSet}";
}
