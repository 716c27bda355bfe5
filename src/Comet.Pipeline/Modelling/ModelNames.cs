using Comet.Core;
using Comet.Inference;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// The one vocabulary of model names every front end speaks (`comet trace --model`, `comet evaluate
/// --model`, the service's project setting `model`), and the inference each one runs. The inference
/// engines have names of their own (<see cref="LinkInference"/>: "hierarchical", "gibbs", ...); only this
/// class translates, so a user never meets an engine name.
/// </summary>
public static class ModelNames
{
    /// <summary>No model: the first measure ranks the links, nothing gives probabilities.</summary>
    public const string None = "none";

    /// <summary>The hierarchical Bayesian link model (variational EM); the default wherever probabilities are shown.</summary>
    public const string Hbn = "hbn";

    /// <summary>The original COMET Stage 1 (closed form), for comparison.</summary>
    public const string Comet = "comet";

    /// <summary>The model declared in Infer.NET, a cross-check on <see cref="Hbn"/>.</summary>
    public const string InferNet = "infernet";

    /// <summary>
    /// The service's first calibration (a logistic of the ranking score's z-value, answers replace a
    /// link's probability). Not a pipeline model: the pipeline runs with <see cref="None"/> and the
    /// service maps the ranking; it stays for projects that ask for it by name.
    /// </summary>
    public const string InterimZLogistic = "interim-z-logistic";

    private static readonly Dictionary<string, string> InferenceByName = new(StringComparer.OrdinalIgnoreCase)
    {
        [Hbn] = LinkInference.Hierarchical,
        [Comet] = LinkInference.Comet,
        [InferNet] = LinkInference.InferNet,
    };

    public static IReadOnlyCollection<string> Known => [None, .. InferenceByName.Keys];

    /// <summary>The inference name for <paramref name="model"/>, or null for "none".</summary>
    public static string? Resolve(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.Equals(model, None, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return InferenceByName.TryGetValue(model.Trim(), out var inference)
            ? inference
            : throw new CometInputException($"unknown model '{model}' (known: {string.Join(", ", Known)})");
    }

    /// <summary>How a model run is named in tables: never a bare measure name.</summary>
    public static string RunName(string model, string? variant = null) =>
        variant is null ? $"model {model.ToLowerInvariant()}" : $"model {model.ToLowerInvariant()} {variant}";
}
