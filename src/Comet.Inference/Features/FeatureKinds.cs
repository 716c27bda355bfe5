namespace Comet.Inference.Features;

/// <summary>Which transformed views of each measure enter the likelihood.</summary>
[Flags]
public enum FeatureKinds
{
    /// <summary>Probit of the global mid-rank: keeps the raw level across sources. Always on.</summary>
    Global = 0,

    /// <summary>Plus the probit of the pair's mid-rank within its source's row.</summary>
    WithinSource = 1,

    /// <summary>Plus the global feature standardised within its target's column.</summary>
    WithinTarget = 2,
}
