using Comet.Server.Feedback;

namespace Comet.Server.Links;

/// <summary>Why a link got its probability: its scores, the calibration, the feedback, and the words both ends share.</summary>
/// <param name="Summary">One sentence for people.</param>
/// <param name="Measures">Every measure's raw score of the pair (null where a measure gave no finite score).</param>
/// <param name="Z">The first measure's score's distance from the run's mean, in standard deviations (what the interim calibration maps; context for a model's run).</param>
/// <param name="LogOdds">The link model's posterior log-odds (p = 1 / (1 + e^-logOdds)); null without a model, and for links stored before schema step 6.</param>
/// <param name="SharedTerms">Analysed terms (stemmed, stop words removed) found in both texts, most frequent first.</param>
internal sealed record LinkExplanation(
    LinkResponse Link,
    string Summary,
    int RankWithinSource,
    string RankedBy,
    IReadOnlyDictionary<string, double?> Measures,
    double Z,
    double? LogOdds,
    string Calibration,
    IReadOnlyList<FeedbackResponse> FeedbackHistory,
    IReadOnlyList<SharedTerm> SharedTerms);

/// <summary>A term of both artifacts and how often it occurs in each.</summary>
internal sealed record SharedTerm(string Term, int SourceCount, int TargetCount);
