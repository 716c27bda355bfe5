namespace Comet.Architecture.Tests;

/// <summary>
/// The dependency rule README's Layout section states, as data: each stage and the other stages it may
/// use. Every stage builds on Comet.Core alone, except where it consumes another stage's product:
/// Measures analyse text with Preprocessing's chain, the embedding measure implements Measures' contract
/// over VectorSearch, Reporting shows Evaluation's metrics. VectorSearch needs nothing of Comet. Only the
/// Pipeline composes the stages.
/// </summary>
internal static class StageLayering
{
    public const string Core = "Comet.Core";
    public const string Loading = "Comet.Loading";
    public const string Preprocessing = "Comet.Preprocessing";
    public const string Measures = "Comet.Measures";
    public const string Embeddings = "Comet.Measures.Embeddings";
    public const string VectorSearch = "Comet.VectorSearch";
    public const string Inference = "Comet.Inference";
    public const string Evaluation = "Comet.Evaluation";
    public const string Reporting = "Comet.Reporting";
    public const string Pipeline = "Comet.Pipeline";

    public static IReadOnlyDictionary<string, string[]> MayUse { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Core] = [],
        [VectorSearch] = [],
        [Loading] = [Core],
        [Preprocessing] = [Core],
        [Inference] = [Core],
        [Evaluation] = [Core],
        [Measures] = [Core, Preprocessing],
        [Embeddings] = [Core, Measures, VectorSearch],
        [Reporting] = [Core, Evaluation],
        [Pipeline] = [Core, Loading, Preprocessing, Measures, Embeddings, VectorSearch, Inference, Evaluation, Reporting],
    };

    public static IEnumerable<string> Stages => MayUse.Keys;
}
