using Comet.Core.Similarity;

namespace Comet.Measures;

/// <summary>
/// Fills a source x target similarity matrix. Contract (checked by one test over every measure):
/// rows follow the task's sources and columns its targets; every cell is finite (no NaN or infinity,
/// also for empty artifacts); higher means more similar; a stochastic measure gives the same matrix
/// for the same <see cref="MeasureContext.Seed"/>.
/// </summary>
public interface ISimilarityMeasure
{
    /// <summary>Name used on the command line (--measures) and in result tables, lower case.</summary>
    string Name { get; }

    SimilarityMatrix Compute(MeasureContext context);
}
