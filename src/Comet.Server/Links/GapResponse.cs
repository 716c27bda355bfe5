using Comet.Server.Artifacts;

namespace Comet.Server.Links;

/// <summary>An artifact with no probable link in a run, with its best candidate to show how close it came.</summary>
internal sealed record GapResponse(ArtifactRole Role, string Id, string? BestCandidate, double BestProbability);
