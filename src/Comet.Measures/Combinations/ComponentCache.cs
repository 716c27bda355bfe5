using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Comet.Core.Similarity;

namespace Comet.Measures.Combinations;

/// <summary>
/// Component matrices of combined measures, shared per <see cref="MeasureContext"/>: "vsm+lda" and
/// "js+lda" on one task fit LDA (the slowest measure) once, not twice. Entries live exactly as long
/// as their context (weak keys), and only combinations read them, never exposing or changing them.
/// </summary>
internal static class ComponentCache
{
    private static readonly ConditionalWeakTable<MeasureContext, ConcurrentDictionary<string, Lazy<SimilarityMatrix>>> Entries = new();

    /// <summary>The registered measure <paramref name="name"/> computed on <paramref name="context"/>, once per context.</summary>
    public static SimilarityMatrix Get(MeasureContext context, string name)
    {
        var perContext = Entries.GetValue(context, _ => new ConcurrentDictionary<string, Lazy<SimilarityMatrix>>(StringComparer.Ordinal));
        return perContext.GetOrAdd(name, n => new Lazy<SimilarityMatrix>(() => MeasureRegistry.Create(n).Compute(context))).Value;
    }
}
