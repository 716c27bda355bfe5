namespace Comet.Evaluation.Metrics;

/// <summary>
/// Area under the ROC curve over all candidate pairs, computed as the Mann-Whitney statistic:
/// <c>AUC = (1 / (P * N)) * sum over (positive p, negative n) of [score(p) &gt; score(n)] + 1/2 [score(p) = score(n)]</c>,
/// with P the gold links among the candidates and N the other candidates. Tied scores count 1/2
/// (the tie-break by id is deliberately not used here: AUC is a property of the scores). Candidate
/// pairs the run does not rank, and pairs scored NaN, form one bottom group, below every scored pair
/// and tied among themselves. NaN when P or N is 0.
/// </summary>
public static class RocAuc
{
    public static double Compute(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        double positives = run.CandidateGoldCount;
        double negatives = run.CandidateCount - run.CandidateGoldCount;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var scores = run.Scores;
        var relevant = run.Relevant;
        double negativesAbove = 0;
        double positivesScored = 0;
        var wins = 0.0;
        var start = 0;
        while (start < scores.Length && !double.IsNaN(scores[start]))
        {
            // LinkOrder keeps equal scores adjacent, so each tie group is one contiguous block.
            var end = start;
            double groupPositives = 0;
            while (end < scores.Length && scores[end] == scores[start])
            {
                groupPositives += relevant[end] ? 1 : 0;
                end++;
            }

            var groupNegatives = end - start - groupPositives;
            wins += (groupPositives * (negatives - negativesAbove - groupNegatives)) + (0.5 * groupPositives * groupNegatives);
            negativesAbove += groupNegatives;
            positivesScored += groupPositives;
            start = end;
        }

        // The bottom group (NaN and unranked candidates) has nothing below it: only its internal ties count.
        wins += 0.5 * (positives - positivesScored) * (negatives - negativesAbove);
        return wins / (positives * negatives);
    }
}
