using Comet.Preprocessing;

namespace Comet.Pipeline;

/// <summary>
/// What a run computes. Defaults: the VSM measure, seed 42, the analysis chain's defaults with the
/// task's own languages.
/// </summary>
public sealed record PipelineOptions
{
    /// <summary>Measure names as on the command line (see MeasureRegistry); the first one ranks the links.</summary>
    public IReadOnlyList<string> Measures { get; init; } = ["vsm"];

    /// <summary>Seed handed to every stochastic stage.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Overrides of the analysis chain; null = defaults with the task's languages.</summary>
    public AnalysisOptions? Analysis { get; init; }

    public void Validate()
    {
        if (Measures.Count == 0)
        {
            throw new ArgumentException("At least one measure is required.");
        }
    }
}
