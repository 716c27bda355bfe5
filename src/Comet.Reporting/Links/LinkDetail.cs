namespace Comet.Reporting.Links;

/// <summary>What a link model says of one link: its probability, the uncertainty, the bucket and why.</summary>
/// <param name="Explanation">One line: the largest log-odds contributions (measures, feedback, paths).</param>
public sealed record LinkDetail(double Probability, double ProbabilitySd, string Explanation)
{
    /// <summary>The buckets the service, the plugin and the reports share: probably linked >= 0.7, unsure 0.4-0.7, probably not below.</summary>
    public string Bucket => Probability >= 0.7 ? "probably-linked" : Probability >= 0.4 ? "unsure" : "probably-not";
}
