using Comet.Core.Similarity;

namespace Comet.Inference.Evidence;

/// <summary>
/// Everything the model observes about one tracing task: the candidate space (sources x targets),
/// one similarity matrix per measure (any scale; ties and zeros allowed), and optionally developer
/// feedback and transitive evidence. Independent of how artifacts were loaded or measured.
/// </summary>
public sealed class LinkEvidence
{
    public LinkEvidence(
        IReadOnlyList<string> sourceIds,
        IReadOnlyList<string> targetIds,
        IReadOnlyDictionary<string, SimilarityMatrix> measures)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        ArgumentNullException.ThrowIfNull(targetIds);
        ArgumentNullException.ThrowIfNull(measures);
        SourceIds = sourceIds;
        TargetIds = targetIds;
        Measures = measures;
        EvidenceValidation.CheckMeasures(this);
    }

    public IReadOnlyList<string> SourceIds { get; }

    public IReadOnlyList<string> TargetIds { get; }

    /// <summary>Measure name -> sources x targets scores, rows and columns in the order of the ids above.</summary>
    public IReadOnlyDictionary<string, SimilarityMatrix> Measures { get; }

    /// <summary>Developer answers; empty when there is no feedback.</summary>
    public IReadOnlyList<FeedbackAnswer> Feedback { get; init; } = [];

    /// <summary>Paths through intermediate artifacts; empty when there are none.</summary>
    public IReadOnlyList<IntermediateChain> Chains { get; init; } = [];

    /// <summary>
    /// Measures over sources x sources (requirement -> requirement paths: a source inherits the links
    /// of sources similar to it); empty when not used.
    /// </summary>
    public IReadOnlyDictionary<string, SimilarityMatrix> SourceToSource { get; init; } =
        new Dictionary<string, SimilarityMatrix>();

    /// <summary>
    /// Ties between targets (the code graph), through which a target inherits its collaborators' links;
    /// null when not used.
    /// </summary>
    public TargetGraph? TargetGraph { get; init; }

    /// <summary>The artifacts' texts as term vectors, so answers can teach through content; null when not given.</summary>
    public ContentVectors? Content { get; init; }

    public int SourceCount => SourceIds.Count;

    public int TargetCount => TargetIds.Count;

    public long PairCount => (long)SourceIds.Count * TargetIds.Count;

    /// <summary>The same evidence with other feedback (the measures are shared, not copied).</summary>
    public LinkEvidence WithFeedback(IReadOnlyList<FeedbackAnswer> feedback) =>
        new(SourceIds, TargetIds, Measures) { Feedback = feedback, Chains = Chains, SourceToSource = SourceToSource, TargetGraph = TargetGraph, Content = Content };

    /// <summary>The same evidence with ties between its targets (the code graph) for the model to take as paths.</summary>
    public LinkEvidence WithTargetGraph(TargetGraph? graph) =>
        new(SourceIds, TargetIds, Measures) { Feedback = Feedback, Chains = Chains, SourceToSource = SourceToSource, TargetGraph = graph, Content = Content };

    /// <summary>The same evidence without transitive parts (Stage 1/2 only).</summary>
    public LinkEvidence WithoutTransitive() =>
        new(SourceIds, TargetIds, Measures) { Feedback = Feedback, Content = Content };
}
