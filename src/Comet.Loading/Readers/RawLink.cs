namespace Comet.Loading.Readers;

/// <summary>One (source, target) pair as a gold file writes it, with the line it came from (0 if unknown).</summary>
internal readonly record struct RawLink(string Source, string Target, int Line);
