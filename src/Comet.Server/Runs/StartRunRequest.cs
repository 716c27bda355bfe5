namespace Comet.Server.Runs;

/// <summary>Body of POST /projects/{id}/runs (optional): which artifact version to trace; default the latest.</summary>
internal sealed record StartRunRequest(int? Version);
