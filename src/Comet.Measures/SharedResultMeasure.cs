using Comet.Core.Similarity;

namespace Comet.Measures;

/// <summary>
/// What <see cref="MeasureRegistry.Create"/> returns: a registered measure whose result is computed
/// once per context (<see cref="MeasureResultCache"/>) and shared with the combinations that use it.
/// Each call returns its own copy, so callers may change it freely.
/// </summary>
internal sealed class SharedResultMeasure(string name) : ISimilarityMeasure
{
    public string Name { get; } = name;

    public SimilarityMatrix Compute(MeasureContext context)
    {
        var shared = MeasureResultCache.Get(context, Name);
        return new SimilarityMatrix(shared.SourceIds, shared.TargetIds, shared.Values.ToArray());
    }
}
