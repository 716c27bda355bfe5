using Comet.Core;
using Comet.Measures;
using Comet.Measures.Embeddings;

namespace Comet.Pipeline.Measuring;

/// <summary>
/// Every measure the pipeline can run: the textual ones of <see cref="MeasureRegistry"/> plus the
/// neural <see cref="EmbeddingMeasure"/>, which lives in its own project (it brings the ONNX runtime
/// and the model) and so cannot register itself in Comet.Measures.
/// </summary>
public static class PipelineMeasures
{
    public const string Embedding = "embedding";

    public static IReadOnlyCollection<string> Names => [.. MeasureRegistry.Names, Embedding];

    /// <param name="embedding">Settings of the embedding measure (cache folder, progress); null = its defaults.</param>
    public static ISimilarityMeasure Create(string name, EmbeddingOptions? embedding = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Equals(name.Trim(), Embedding, StringComparison.OrdinalIgnoreCase)
            ? new EmbeddingMeasure(embedding ?? new EmbeddingOptions())
            : MeasureRegistry.Create(name);
    }

    /// <summary>Validates a list of names ("vsm,embedding"): unknown names fail before any work starts.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (list.Length == 0)
        {
            throw new CometInputException("no measure given (known: " + string.Join(", ", Names) + ")");
        }

        foreach (var name in list.Where(n => !Names.Contains(n, StringComparer.Ordinal)))
        {
            throw new CometInputException($"unknown measure '{name}' (known: {string.Join(", ", Names)})");
        }

        return list;
    }
}
