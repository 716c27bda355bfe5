namespace Comet.Inference.Learning;

/// <summary>
/// How far down a raise learned from answers on candidates reaches. Answers on the best candidates see
/// only the top of the unsupervised fit's range. When they find more links there than the fit said, the
/// calibration raises the lowest answered pair; carried unchanged to every pair below it (the bulk the
/// answers never saw), the same raise multiplied the link count two to three times (after 30 of the
/// model's own questions: EasyClinic/ID-ID 134 expected links against 59 true, MediaStore 133 against 50).
/// Below the lowest answered pair the raise fades linearly to nothing over
/// <see cref="AnswerLearningSettings.RaiseFadeBelowAnswers"/> nats of the fit's log-odds. A lowering is
/// kept: answers that find fewer links than claimed among the best candidates give no reason to expect
/// more below them. The result is continuous and increasing in the fit's log-odds, so like the
/// calibration it cannot reorder pairs.
/// </summary>
internal static class RaiseBelowAnswers
{
    /// <summary>
    /// Fades the raise in <paramref name="calibrated"/> (alpha + beta (r - r0) per pair, updated in place)
    /// below the lowest answered pair of <paramref name="reported"/> (r). Returns each pair's change (0 or
    /// negative), or null when nothing changed (no answers, or the calibration does not raise the lowest
    /// answered pair).
    /// </summary>
    public static double[]? Fade(ReadOnlySpan<double> reported, Span<double> calibrated, IReadOnlyList<int> answeredPairs, double width)
    {
        if (answeredPairs.Count == 0)
        {
            return null;
        }

        var lowest = answeredPairs[0];
        foreach (var pair in answeredPairs)
        {
            if (reported[pair] < reported[lowest])
            {
                lowest = pair;
            }
        }

        var floor = reported[lowest];
        var raise = calibrated[lowest] - floor;
        if (!(raise > 0))
        {
            return null;
        }

        var change = new double[reported.Length];
        var changed = false;
        for (var pair = 0; pair < reported.Length; pair++)
        {
            var r = reported[pair];
            if (!(r < floor))
            {
                continue;
            }

            var faded = r + (raise * Math.Max(0, 1 - ((floor - r) / width)));
            if (faded < calibrated[pair])
            {
                change[pair] = faded - calibrated[pair];
                calibrated[pair] = faded;
                changed = true;
            }
        }

        return changed ? change : null;
    }
}
