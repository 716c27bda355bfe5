namespace Comet.Measures.FineGrained;

/// <summary>How a (source sentence x target unit) cosine matrix becomes one artifact-pair score.</summary>
public enum UnitAggregation
{
    /// <summary>The best sentence-unit cosine: one strongly matching sentence and method decide.</summary>
    Max,

    /// <summary>The mean of the <see cref="FineGrainedMeasure.TopK"/> best cosines: a match backed by a few.</summary>
    TopKMean,

    /// <summary>Each source sentence's best cosine in the target, averaged over the sentences.</summary>
    BestMatchMean,
}
