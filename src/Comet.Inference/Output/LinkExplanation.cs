namespace Comet.Inference.Output;

/// <summary>One named additive log-odds term of a link's posterior.</summary>
public readonly record struct LogOddsTerm(string Name, double LogOdds)
{
    /// <summary>Per-group terms split into the measures' and the transitive paths', each in the order given.</summary>
    internal static (LogOddsTerm[] Measures, LogOddsTerm[] Transitive) Split(IEnumerable<KeyValuePair<string, double>> terms, IReadOnlySet<string> pathGroups)
    {
        var all = terms.Select(p => new LogOddsTerm(p.Key, p.Value)).ToArray();
        return ([.. all.Where(t => !pathGroups.Contains(t.Name))], [.. all.Where(t => pathGroups.Contains(t.Name))]);
    }
}

/// <summary>One transitive path behind a link: source -> via -> target, with its path probability.</summary>
public readonly record struct PathTerm(string Kind, string Via, double Strength);

/// <summary>
/// Why a link got its posterior. For the hierarchical model the terms add up exactly:
/// LogOdds = Prior + sum(Measures) + Feedback + SourceFeedback + TargetFeedback + Learned + sum(Transitive).
/// The COMET baseline has no additive log-odds form; it reports each measure's vote (1 = above its
/// threshold) instead.
/// </summary>
/// <param name="Prior">E[logit pi_s]: how link-rich this source looks (density and source propensity).</param>
/// <param name="Measures">Per measure: w'(x - midpoint) over that measure's features.</param>
/// <param name="Feedback">Sum of the developer answers' log-likelihood ratios on this link.</param>
/// <param name="Transitive">Per kind of path: its features' log-odds.</param>
/// <param name="Paths">The strongest individual paths (up to 3 per kind), strongest first.</param>
public sealed record LinkExplanation(
    string SourceId,
    string TargetId,
    double Probability,
    double LogOdds,
    double LogOddsSd,
    double Prior,
    IReadOnlyList<LogOddsTerm> Measures,
    double Feedback,
    IReadOnlyList<LogOddsTerm> Transitive,
    IReadOnlyList<PathTerm> Paths)
{
    /// <summary>What the answers on the source's links say of it (gamma_s): a link-rich source lifts its pairs.</summary>
    public double SourceFeedback { get; init; }

    /// <summary>What the answers on the target's links say of it (beta_t): a link-rich target lifts its pairs.</summary>
    public double TargetFeedback { get; init; }

    /// <summary>
    /// What the answers taught this link through its features and content (w'x of the answer
    /// learner): links like the confirmed ones rise, links like the rejected ones fall.
    /// </summary>
    public double Learned { get; init; }
}
