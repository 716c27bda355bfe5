using Comet.Core.Numerics;
using Comet.Core.Similarity;

namespace Comet.Measures.Combinations;

/// <summary>
/// COMET's "orthogonal" combination: each component measure's scores are z-scored over all pairs of
/// the task, then averaged with equal weights. The name joins the components with '+', e.g. "vsm+lda".
/// Components are looked up in the context's <see cref="MeasureCatalog"/> and computed once per
/// context (<see cref="MeasureContext.Measure"/>), so several combinations on one task share them.
/// </summary>
public sealed class CombinedMeasure : ISimilarityMeasure
{
    private readonly string[] _components;

    public CombinedMeasure(params string[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length < 2 || components.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A combination needs at least two measure names.", nameof(components));
        }

        _components = [.. components.Select(c => c.Trim().ToLowerInvariant())];
    }

    public IReadOnlyList<string> Components => _components;

    public string Name => string.Join('+', _components);

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var combined = context.NewMatrix();
        var values = combined.Values;
        foreach (var component in _components)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var z = ZScores.Of(context.Shared(component).Values);
            for (var c = 0; c < values.Length; c++)
            {
                values[c] += z[c] / _components.Length;
            }
        }

        return combined;
    }
}
