using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// How the fitted posterior becomes the reported one (<see cref="OutputCalibration"/>): one increasing
/// map per task, so rankings do not move, only the probabilities. Immutable; validated with the
/// <see cref="InferenceOptions"/> that carry it. Why each default: docs/model-decisions.md.
/// </summary>
public sealed record OutputCalibrationSettings
{
    /// <summary>
    /// Power tau applied to each link's fitted log-odds (the answers' share aside) before it is reported.
    /// Default 0.25; in (0, 1] (1 with a share of 1: the fit as it is, exact for data drawn from the
    /// model). The Gaussians are misspecified on real text, so the fitted log-odds are far too steep.
    /// </summary>
    public double OutputTempering { get; init; } = 0.25;

    /// <summary>
    /// tau for a fit in which a measure family entered as one measure (<see cref="FitSettings.WordMeasures"/>):
    /// used there instead of <see cref="OutputTempering"/>. Default 0.3; in (0, 1]. The family removes part of
    /// the double counting that tau corrects, so its fitted log-odds are less steep: chosen like tau, by mean
    /// log loss on the even half of the benchmark tasks with the default measures (0.25 / 0.3 / 0.35 / 0.45:
    /// .1736 / .1719 / .1723 / .1777; odd half .1864 -> .1837 at 0.3).
    /// </summary>
    public double FamilyOutputTempering { get; init; } = 0.3;

    /// <summary>
    /// Share of the fit's expected links (m x pairs) that the reported probabilities add up to. Default
    /// 0.6, chosen with <see cref="OutputTempering"/>; in (0, 1]. The fit holds 3 links per source, where
    /// ranking works best, which is more links than most tasks have.
    /// </summary>
    public double OutputLinkShare { get; init; } = 0.6;

    public static OutputCalibrationSettings Default { get; } = new();

    /// <summary>The tau for <paramref name="model"/>'s fit: <see cref="FamilyOutputTempering"/> when a family entered, else <see cref="OutputTempering"/>.</summary>
    internal double TemperingFor(LinkModel model) =>
        model.Features.Columns.Any(c => c.IsFamilyMember) ? FamilyOutputTempering : OutputTempering;

    public void Validate()
    {
        Check(OutputTempering is > 0 and <= 1, nameof(OutputTempering));
        Check(FamilyOutputTempering is > 0 and <= 1, nameof(FamilyOutputTempering));
        Check(OutputLinkShare is > 0 and <= 1, nameof(OutputLinkShare));
    }

    private static void Check(bool ok, string name) => OptionBounds.Check(ok, name, "output calibration setting");
}
