using Comet.Pipeline.Modelling;

namespace Comet.Server.Scoring;

/// <summary>Scorers by the name a project's "model" setting uses. New models register here.</summary>
internal static class LinkScorers
{
    private static readonly Dictionary<string, Func<ILinkScorer>> Factories = new(StringComparer.Ordinal)
    {
        [BayesianLinkScorer.ModelName] = () => new BayesianLinkScorer(),
        [InterimZLogisticScorer.ModelName] = () => new InterimZLogisticScorer(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The model of a new project (<see cref="ModelDefaults.Model"/>); the interim z-logistic stays for projects that ask for it by name.</summary>
    public static string Default => ModelDefaults.Model;

    public static bool IsKnown(string name) => Factories.ContainsKey(name);

    public static ILinkScorer Create(string name) =>
        Factories.TryGetValue(name, out var factory)
            ? factory()
            : throw new ArgumentException($"unknown model '{name}' (known: {string.Join(", ", Names)})", nameof(name));
}
