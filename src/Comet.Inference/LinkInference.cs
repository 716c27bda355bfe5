using Comet.Core;
using Comet.Inference.Baselines;
using Comet.Inference.Evidence;
using Comet.Inference.InferNet;
using Comet.Inference.Inference;
using Comet.Inference.Output;

namespace Comet.Inference;

/// <summary>
/// The entry point for the pipeline: <c>LinkInference.Infer(evidence, options)</c> runs the
/// hierarchical model; <see cref="Create"/> selects another inference by name for side-by-side runs.
/// </summary>
public static class LinkInference
{
    private static readonly Dictionary<string, Func<ILinkInference>> Factories = new(StringComparer.Ordinal)
    {
        ["hierarchical"] = () => new VariationalLinkInference(),
        ["comet"] = () => new CometClosedFormInference(),
        ["gibbs"] = () => new GibbsReferenceSampler(),
        ["infernet"] = () => new InferNetLinkInference(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static ILinkInference Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Factories.TryGetValue(name.Trim().ToLowerInvariant(), out var factory)
            ? factory()
            : throw new CometInputException($"unknown link model '{name}' (known: {string.Join(", ", Names)})");
    }

    /// <summary>Posteriors of every candidate link under the hierarchical model (or <paramref name="model"/>).</summary>
    public static LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions? options = null, string model = "hierarchical") =>
        Create(model).Infer(evidence, options ?? InferenceOptions.Default);
}
