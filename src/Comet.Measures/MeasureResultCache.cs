using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Comet.Core.Similarity;

namespace Comet.Measures;

/// <summary>
/// Matrices of registered measures, computed at most once per <see cref="MeasureContext"/>: "lda",
/// "vsm+lda" and "js+lda" on one task fit LDA (the slowest measure) once, not three times. Entries
/// live exactly as long as their context (weak keys). Callers must not change a returned matrix;
/// <see cref="SharedResultMeasure"/> hands out copies.
/// </summary>
internal static class MeasureResultCache
{
    private static readonly ConditionalWeakTable<MeasureContext, ConcurrentDictionary<string, Lazy<SimilarityMatrix>>> Entries = new();

    /// <summary>The registered measure <paramref name="name"/> (canonical lower-case name) on <paramref name="context"/>.</summary>
    public static SimilarityMatrix Get(MeasureContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var perContext = Entries.GetValue(context, _ => new ConcurrentDictionary<string, Lazy<SimilarityMatrix>>(StringComparer.Ordinal));

        // Lazy, not GetOrAdd's factory alone: two threads asking for the same measure must not both compute it.
        return perContext.GetOrAdd(name, n => new Lazy<SimilarityMatrix>(() => MeasureRegistry.CreateUnshared(n).Compute(context))).Value;
    }
}
