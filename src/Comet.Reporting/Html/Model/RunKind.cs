namespace Comet.Reporting.Html.Model;

/// <summary>Where an evaluated run comes from; the AP/MAP table marks each kind differently.</summary>
public enum RunKind
{
    /// <summary>One similarity measure (VSM, LSI, ...): a candidate for "best single measure".</summary>
    Measure,

    /// <summary>A model or combination of measures.</summary>
    Model,

    /// <summary>A released output of the original COMET tool.</summary>
    Reference,
}
