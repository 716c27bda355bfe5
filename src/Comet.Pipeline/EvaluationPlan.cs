using Comet.Pipeline.Modelling;

namespace Comet.Pipeline;

/// <summary>What a benchmark evaluation scores besides the pipeline's measures.</summary>
public sealed record EvaluationPlan
{
    /// <summary>Link models to score side by side ("hbn", "comet"); empty = measures only.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Also score the first model with transitive evidence, on tasks that have intermediates.</summary>
    public bool Transitive { get; init; }

    /// <summary>Also score the first model with the targets' code graph as a path (issue 21), on every task ("model hbn +structure").</summary>
    public bool Structure { get; init; }

    /// <summary>Also score the first model with simulated feedback (on all pairs and on pairs without an answer).</summary>
    public FeedbackSimulation? Feedback { get; init; }

    /// <summary>Threshold for precision/recall/F1/F2 of measures; null = none. Models always use 0.5 unless this is set.</summary>
    public double? Threshold { get; init; }

    /// <summary>Folder for TREC run and qrels files; null = none written.</summary>
    public string? TrecDirectory { get; init; }

    /// <summary>The probability threshold of model rows: "probably linked" starts at 0.5.</summary>
    public double ModelThreshold => Threshold ?? 0.5;
}
