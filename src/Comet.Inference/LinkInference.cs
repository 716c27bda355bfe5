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
    /// <summary>The hierarchical Bayesian model by variational EM (front ends call it "hbn": Pipeline's ModelNames).</summary>
    public const string Hierarchical = "hierarchical";

    /// <summary>The original COMET Stage 1 in closed form.</summary>
    public const string Comet = "comet";

    /// <summary>The Gibbs reference sampler: a check on the variational fit in tests and benchmarks, no front end offers it.</summary>
    public const string Gibbs = "gibbs";

    /// <summary>The Infer.NET declaration of the model, solved by its generated VMP code.</summary>
    public const string InferNet = "infernet";

    private static readonly Dictionary<string, Func<ILinkInference>> Factories = new(StringComparer.Ordinal)
    {
        [Hierarchical] = () => new VariationalLinkInference(),
        [Comet] = () => new CometClosedFormInference(),
        [Gibbs] = () => new GibbsReferenceSampler(),
        [InferNet] = () => new InferNetLinkInference(),
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
    public static LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions? options = null, string model = Hierarchical) =>
        Create(model).Infer(evidence, options ?? InferenceOptions.Default);
}
