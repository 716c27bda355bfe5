using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Inference.Output;

/// <summary>
/// Posterior of every candidate link (row-major: source by source, targets in order), with its
/// uncertainty, explanation on demand, and the learned shared parameters. Immutable, thread-safe.
/// Rankings use the log-odds (never saturates) and <see cref="LinkOrder"/> for ties.
/// </summary>
public sealed class LinkPosteriors
{
    private readonly double[] _logOdds;
    private readonly double[] _logOddsSd;
    private readonly Func<int, int, LinkExplanation> _explain;

    internal LinkPosteriors(
        string model, IReadOnlyList<string> sourceIds, IReadOnlyList<string> targetIds, double[] logOdds, double[] logOddsSd,
        LearnedParameters parameters, Func<int, int, LinkExplanation> explain)
    {
        Model = model;
        SourceIds = sourceIds;
        TargetIds = targetIds;
        _logOdds = logOdds;
        _logOddsSd = logOddsSd;
        Parameters = parameters;
        _explain = explain;
    }

    /// <summary>Name of the inference that produced these ("hierarchical", "comet", "gibbs").</summary>
    public string Model { get; }

    public IReadOnlyList<string> SourceIds { get; }

    public IReadOnlyList<string> TargetIds { get; }

    public LearnedParameters Parameters { get; }

    public int Count => _logOdds.Length;

    /// <summary>Posterior log-odds of every pair, row-major.</summary>
    public ReadOnlySpan<double> LogOdds => _logOdds;

    public double LogOddsOf(int source, int target) => _logOdds[Index(source, target)];

    /// <summary>Posterior probability that (source, target) is a link.</summary>
    public double Probability(int source, int target) => Sigmoid(_logOdds[Index(source, target)]);

    /// <summary>Posterior sd of the log-odds (parameter and propensity uncertainty).</summary>
    public double LogOddsSd(int source, int target) => _logOddsSd[Index(source, target)];

    /// <summary>Approximate sd of the link probability (delta method on the log-odds).</summary>
    public double ProbabilitySd(int source, int target)
    {
        var p = Probability(source, target);
        return p * (1 - p) * LogOddsSd(source, target);
    }

    /// <summary>Central credible interval of the link probability at <paramref name="level"/> (e.g. 0.9).</summary>
    public (double Lower, double Upper) CredibleInterval(int source, int target, double level = 0.9)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (level / 2));
        var eta = LogOddsOf(source, target);
        var sd = LogOddsSd(source, target);
        return (Sigmoid(eta - (z * sd)), Sigmoid(eta + (z * sd)));
    }

    public LinkExplanation Explain(int source, int target) => _explain(source, target);

    public LinkExplanation Explain(string sourceId, string targetId)
    {
        var s = FindIndex(SourceIds, sourceId);
        var t = FindIndex(TargetIds, targetId);
        return s < 0 || t < 0 ? throw new ArgumentException($"unknown link {sourceId} -> {targetId}") : _explain(s, t);
    }

    /// <summary>Probabilities as a sources x targets matrix.</summary>
    public SimilarityMatrix ToProbabilityMatrix() =>
        new(SourceIds, TargetIds, _logOdds.Select(Sigmoid).ToArray());

    /// <summary>Log-odds as a matrix: the same ranking as the probabilities, without ties from saturation.</summary>
    public SimilarityMatrix ToLogOddsMatrix() => new(SourceIds, TargetIds, (double[])_logOdds.Clone());

    /// <summary>All pairs ranked by log-odds (ties by <see cref="LinkOrder"/>).</summary>
    public RankedLinks ToRankedLinks() => RankedLinks.FromMatrix(ToLogOddsMatrix());

    internal static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private int Index(int source, int target)
    {
        if ((uint)source >= (uint)SourceIds.Count || (uint)target >= (uint)TargetIds.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(source), $"no pair ({source}, {target})");
        }

        return (source * TargetIds.Count) + target;
    }

    private static int FindIndex(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
