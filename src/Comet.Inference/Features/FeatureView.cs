namespace Comet.Inference.Features;

/// <summary>
/// A view of a measure's scores. Each feature column is one view (<see cref="FeatureColumn.View"/>); a
/// fit's settings combine the views that enter the likelihood (<see cref="Comet.Inference.Model.FitSettings.Features"/>),
/// hence flags: one enum names the views once for both.
/// </summary>
[Flags]
public enum FeatureView
{
    /// <summary>The scores as they are (rank transform off).</summary>
    Scores = 1,

    /// <summary>Probit of the global mid-rank: keeps the raw level across sources. Always enters with the rank transform.</summary>
    Global = 2,

    /// <summary>Probit of the mid-rank within the pair's source.</summary>
    WithinSource = 4,

    /// <summary>The global view standardised within the pair's target.</summary>
    WithinTarget = 8,
}
