namespace Comet.Reporting.Html.Model;

/// <summary>What the 0..1 "level" of a link is, so that the report never passes a score off as a probability.</summary>
public enum LevelKind
{
    /// <summary>A model's posterior link probability.</summary>
    Probability,

    /// <summary>The ranking score min-max scaled to 0..1 over all pairs: an ordering, not a probability.</summary>
    ScaledScore,
}
