using Comet.Core;

namespace Comet.Pipeline.Modelling;

/// <summary>Command-line model names and the inference each one runs.</summary>
public static class ModelNames
{
    public const string None = "none";

    private static readonly Dictionary<string, string> InferenceByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hbn"] = "hierarchical",
        ["comet"] = "comet",
        ["infernet"] = "infernet",
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
